-- The clusters' first changes to REFUTED, read by the statistics (refutations published in a period
-- and the median time from first report to refutation, issue 14): without it every figure read
-- all status events; with it a commune's figures read only its few clusters' rows (76 ms -> 3 ms
-- at the generated province's 32,838 events, BENCHMARKS.md "Statistics").
CREATE INDEX rpt_cluster_event_refuted_idx ON rpt_cluster_event (cluster_id, created_at)
    WHERE kind = 'STATUS' AND to_status = 'REFUTED';
