package vn.lantoa.reports.internal.clustering;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a new report into a cluster: the cluster of any report with one of its links (canonical
 * form, so link variants meet) as CONFIRMED; else the open cluster of the most similar report
 * text, if near-duplicate, as SUGGESTED for a handler to confirm or split; else a new cluster.
 */
@Service
public class Clustering {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String SUGGESTED = "SUGGESTED";

    /** Where the report went and whether the cluster existed before. */
    public record Placement(long clusterId, String state, boolean existing) {}

    private final ClusterStore store;

    Clustering(ClusterStore store) {
        this.store = store;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Placement place(long reportId, String content, List<String> canonicalLinks, String category) {
        store.lock();
        Set<Long> shingles = NearDuplicates.shingles(content);
        long[] bands = NearDuplicates.bands(shingles);
        Placement placement = store.clusterWithLink(canonicalLinks, reportId)
                .map(cluster -> new Placement(cluster, CONFIRMED, true))
                .or(() -> nearDuplicate(shingles, bands, reportId)
                        .map(cluster -> new Placement(cluster, SUGGESTED, true)))
                .orElseGet(() -> new Placement(store.createCluster(category), CONFIRMED, false));
        store.attach(reportId, placement.clusterId(), placement.state());
        store.saveBands(reportId, bands);
        return placement;
    }

    /** Moves a report into a new cluster of its own (a handler split it off). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long splitOff(long reportId, String category) {
        long cluster = store.createCluster(category);
        store.attach(reportId, cluster, CONFIRMED);
        return cluster;
    }

    /** Moves a report into an existing cluster, as confirmed (a handler moved it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attach(long reportId, long clusterId) {
        store.attach(reportId, clusterId, CONFIRMED);
    }

    private Optional<Long> nearDuplicate(Set<Long> shingles, long[] bands, long reportId) {
        record Scored(long clusterId, double similarity) {}
        return store.candidates(bands, reportId).stream()
                .map(c -> new Scored(
                        c.clusterId(), NearDuplicates.similarity(shingles, NearDuplicates.shingles(c.content()))))
                .filter(s -> s.similarity() >= NearDuplicates.SUGGEST_FROM)
                .max(Comparator.comparingDouble(Scored::similarity))
                .map(Scored::clusterId);
    }
}
