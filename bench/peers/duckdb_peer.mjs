// DuckDB's side of bench/peers/run: ingests the benchmark CSV into memory, then computes the
// same stages and both Pareto windows as cartera-cli, timing each. Prints one JSON object.
//   node duckdb_peer.mjs CSV AS_OF
import { DuckDBInstance } from '@duckdb/node-api';

const [csv, asOf] = process.argv.slice(2);
const T = `DATE '${asOf}'`;
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const con = await db.connect();

async function timed(sql) {
    const start = performance.now();
    const reader = await con.runAndReadAll(sql);
    return { seconds: (performance.now() - start) / 1000, rows: reader.getRowObjectsJson() };
}

const ingest = await timed(`
    CREATE TABLE purchases AS
    SELECT customer, date AS day, CAST(amount * 100 AS BIGINT) AS cents
    FROM read_csv('${csv.replaceAll("'", "''")}', header = true,
                  columns = {'customer': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(18,2)'})`);

// Stages and activity as docs/domain-rules.md defines them (no customer-since dates or lost
// marks in this file): acquisition = first purchase day, lost after 365 days, at risk after
// 180 days or three median gaps between purchase days.
const stages = await timed(`
    WITH c AS (
        SELECT customer,
               min(day) FILTER (WHERE cents >= 0) AS a,
               max(day) FILTER (WHERE cents >= 0) AS l,
               sum(cents) AS revenue,
               coalesce(sum(cents) FILTER (WHERE day > ${T} - INTERVAL 12 MONTH), 0) AS rev12
        FROM purchases WHERE day <= ${T} GROUP BY customer),
    d AS (SELECT DISTINCT customer, day FROM purchases WHERE day <= ${T} AND cents >= 0),
    g AS (SELECT customer, day - lag(day) OVER (PARTITION BY customer ORDER BY day) AS gap FROM d),
    m AS (SELECT customer, count(gap) + 1 AS days, median(gap) AS med FROM g GROUP BY customer),
    s AS (
        SELECT c.*, m.days, m.med, ${T} - c.l AS since,
               12 * (year(${T}) - year(c.a)) + month(${T}) - month(c.a)
                   - CASE WHEN day(${T}) < day(c.a) THEN 1 ELSE 0 END AS tenure
        FROM c JOIN m USING (customer) WHERE c.a IS NOT NULL)
    SELECT CASE WHEN since > 365 THEN 'lost' WHEN tenure < 12 THEN 'new'
                WHEN tenure < 24 THEN 'adolescent' WHEN tenure < 60 THEN 'mature'
                ELSE 'veteran' END AS stage,
           CASE WHEN since > 365 THEN 'lost'
                WHEN since > 180 OR (days >= 3 AND since > 3 * med) THEN 'at risk'
                ELSE 'active' END AS activity,
           count(*) AS customers, sum(revenue) AS revenue, sum(rev12) AS revenue12
    FROM s GROUP BY ALL ORDER BY ALL`);

async function pareto(window) {
    const from = window === '12m' ? `AND day > ${T} - INTERVAL 12 MONTH` : '';
    return timed(`
        WITH r AS (
            SELECT customer, sum(cents) AS rev FROM purchases WHERE day <= ${T} ${from}
            GROUP BY customer HAVING sum(cents) > 0),
        o AS (
            SELECT customer, rev,
                   row_number() OVER w AS rank,
                   sum(rev) OVER (w ROWS UNBOUNDED PRECEDING) AS cum,
                   sum(rev) OVER () AS total, count(*) OVER () AS n
            FROM r WINDOW w AS (ORDER BY rev DESC, customer))
        SELECT count(*) AS ranked, max(total) AS total,
               min(rank) FILTER (WHERE cum * 100 >= 80 * total) AS pareto_set,
               min(rank) FILTER (WHERE cum * 100 >= 95 * total) AS class_b_end,
               2 * sum((n + 1 - rank) * rev) / (max(n) * max(total)) - (max(n) + 1) / max(n) AS gini,
               list(customer ORDER BY rank) FILTER (WHERE rank <= 10) AS top
        FROM o`);
}
const all = await pareto('all');
const twelve = await pareto('12m');

console.log(JSON.stringify({
    ingest: ingest.seconds,
    stages: stages.seconds,
    paretoAll: all.seconds,
    pareto12m: twelve.seconds,
    stageRows: stages.rows,
    paretoAllRow: all.rows[0],
    pareto12mRow: twelve.rows[0],
}));
