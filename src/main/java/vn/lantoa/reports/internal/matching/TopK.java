package vn.lantoa.reports.internal.matching;

import java.util.function.IntBinaryOperator;

/**
 * The best k of a stream of (item, score) pairs in a bounded heap, so ranking a hundred thousand
 * claims costs n log k, not a sort of all of them. Higher scores are better; equal scores are
 * ordered by a tie-break on the items (negative when the first item goes first).
 */
final class TopK {

    private final int capacity;
    private final IntBinaryOperator tieBreak;
    private final int[] items;
    private final double[] scores;
    private int size;

    TopK(int capacity, IntBinaryOperator tieBreak) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.tieBreak = tieBreak;
        this.items = new int[capacity];
        this.scores = new double[capacity];
    }

    int size() {
        return size;
    }

    /**
     * Whether an item scoring at most {@code bound} could still enter: false once the heap is full
     * and its worst score is above the bound.
     */
    boolean couldEnter(double bound) {
        return size < capacity || bound >= scores[0];
    }

    void offer(int item, double score) {
        if (size < capacity) {
            items[size] = item;
            scores[size] = score;
            up(size++);
        } else if (better(item, score, items[0], scores[0])) {
            items[0] = item;
            scores[0] = score;
            down(0);
        }
    }

    /** The items held, best first, their scores into {@code scoresOut} (empties the heap). */
    int[] drainBestFirst(double[] scoresOut) {
        int[] out = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            out[i] = items[0];
            scoresOut[i] = scores[0];
            size--;
            items[0] = items[size];
            scores[0] = scores[size];
            down(0);
        }
        return out;
    }

    private boolean better(int a, double sa, int b, double sb) {
        return sa > sb || (sa == sb && tieBreak.applyAsInt(a, b) < 0);
    }

    /** The heap keeps the worst item at the root. */
    private boolean worse(int i, int j) {
        return better(items[j], scores[j], items[i], scores[i]);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            if (left + 1 < size && worse(left + 1, left)) {
                worst = left + 1;
            }
            if (!worse(worst, i)) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int i, int j) {
        int item = items[i];
        items[i] = items[j];
        items[j] = item;
        double score = scores[i];
        scores[i] = scores[j];
        scores[j] = score;
    }
}
