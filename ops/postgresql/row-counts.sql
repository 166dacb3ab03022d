-- Exact row count of every table (partitions included), to compare a restored copy with the source:
--   psql -X -At -d lantoa -f row-counts.sql > counts.txt   (on both, then diff)
SELECT c.relname || ' ' || (xpath('/row/n/text()',
           query_to_xml(format('SELECT count(*) AS n FROM ONLY %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind = 'r'
 ORDER BY c.relname;
