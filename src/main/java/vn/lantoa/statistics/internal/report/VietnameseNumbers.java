package vn.lantoa.statistics.internal.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Numbers as a Vietnamese report writes them: thousands grouped with a dot ({@code 5.925}), one
 * decimal with a comma ({@code 37,5%}), dates {@code dd/MM/yyyy}, small counts of a period's length
 * with a leading zero ({@code 02 năm}).
 */
final class VietnameseNumbers {

    private VietnameseNumbers() {}

    static String count(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + out;
    }

    /** A rate of 0 to 1 as a percentage with one decimal: {@code 0.375} → {@code 37,5%}. */
    static String percent(double rate) {
        return decimal(rate * 100) + "%";
    }

    /** One decimal, comma as the separator, grouped thousands: {@code 1234.56} → {@code 1.234,6}. */
    static String decimal(double value) {
        long tenths = Math.round(value * 10);
        return count(tenths / 10) + "," + Math.abs(tenths % 10);
    }

    /** {@code 02}, {@code 11}: the way a period's length is written ("qua 02 năm"). */
    static String twoDigits(long value) {
        return value < 10 && value >= 0 ? "0" + value : count(value);
    }

    static String date(LocalDate day) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** A median time: hours below two days ({@code 36,0 giờ}), days beyond ({@code 3,5 ngày}). */
    static String duration(Duration duration, String hours, String days) {
        double h = duration.toMinutes() / 60.0;
        return h < 48 ? decimal(h) + " " + hours : decimal(h / 24) + " " + days;
    }
}
