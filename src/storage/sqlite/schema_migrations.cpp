#include "storage/sqlite/schema_migrations.h"

#include "storage/sqlite/purchase_store.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Transaction.h>
#include <array>
#include <fmt/format.h>
#include <string_view>

namespace cartera {

namespace {

// Append only: a released step never changes. Days are integers (days since 1970-01-01),
// money is integer minor units, timestamps are ISO 8601 UTC text.
constexpr std::array<std::string_view, 8> kSteps = {
    // 1: customers, purchases and settings.
    R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE customers (
    id             INTEGER PRIMARY KEY,
    external_id    TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL DEFAULT '',
    company        TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    birthday       INTEGER,
    customer_since INTEGER,
    owner          TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    referred_by    INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- seq numbers repeated (customer, day, amount) rows of one file, so that re-importing the
-- file adds nothing twice; it is NULL for rows identified by their external id.
CREATE TABLE purchases (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    amount      INTEGER NOT NULL,
    seq         INTEGER,
    external_id TEXT
);
CREATE UNIQUE INDEX purchases_by_customer ON purchases(customer_id, day, amount, seq);
CREATE UNIQUE INDEX purchases_by_external_id ON purchases(external_id)
    WHERE external_id IS NOT NULL;
)sql",
    // 2: what account managers record about customers.
    R"sql(
CREATE TABLE lost_marks (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX lost_marks_by_customer ON lost_marks(customer_id, day);

CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('call', 'email', 'letter', 'visit', 'sms')),
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX interactions_by_customer ON interactions(customer_id, day);
)sql",
    // 3: recovering lost customers; prospects and referrals.
    R"sql(
CREATE TABLE loss_reasons (
    key      TEXT PRIMARY KEY,
    position INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO loss_reasons VALUES ('price', 1), ('service failure', 2),
    ('product or quality gap', 3), ('competitor offer', 4), ('moved or closed', 5),
    ('no longer needs', 6), ('unknown', 7);

CREATE TABLE recovery_cases (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    state             TEXT NOT NULL CHECK (state IN ('identified', 'verified', 'contacted',
                                                     'won back', 'let go')),
    opened            INTEGER NOT NULL,
    closed            INTEGER,
    lost_day          INTEGER,
    reason            TEXT REFERENCES loss_reasons(key) ON UPDATE CASCADE,
    our_fault         INTEGER NOT NULL DEFAULT 0,
    competitor        TEXT NOT NULL DEFAULT '',
    detail            TEXT NOT NULL DEFAULT '',
    corrective_action TEXT NOT NULL DEFAULT '',
    action_owner      TEXT NOT NULL DEFAULT '',
    action_due        INTEGER,
    action_done       INTEGER NOT NULL DEFAULT 0,
    value_at_stake    INTEGER NOT NULL DEFAULT 0,
    expected_cost     INTEGER NOT NULL DEFAULT 0,
    let_go_reason     TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX recovery_cases_by_customer ON recovery_cases(customer_id);
CREATE UNIQUE INDEX recovery_cases_one_open ON recovery_cases(customer_id)
    WHERE state IN ('identified', 'verified', 'contacted');

CREATE TABLE recovery_attempts (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES recovery_cases(id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('call', 'email', 'letter', 'visit', 'sms')),
    outcome    TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX recovery_attempts_by_case ON recovery_attempts(case_id, day);

CREATE TABLE prospects (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    company     TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '' CHECK (source IN ('', 'directory', 'list', 'press',
                                                           'event', 'web', 'referral')),
    referred_by INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    owner       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'qualified',
                                                              'converted', 'dropped')),
    notes       TEXT NOT NULL DEFAULT '',
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX prospects_by_referrer ON prospects(referred_by);
-- Referral credit counts customers by referrer; most customers have none.
CREATE INDEX customers_by_referrer ON customers(referred_by) WHERE referred_by IS NOT NULL;

CREATE TABLE prospect_interactions (
    id          INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('call', 'email', 'letter', 'visit', 'sms')),
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
)sql",
    // 4: saved customer lists, each a filter in the words of CustomerListFilter.
    R"sql(
CREATE TABLE customer_lists (
    name       TEXT PRIMARY KEY,
    filter     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
)sql",
    // 5: tasks, written by hand or by the built-in rules; a rule writes one task per subject
    // and occurrence, even when the task was dismissed since.
    R"sql(
CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    case_id        INTEGER REFERENCES recovery_cases(id) ON DELETE CASCADE,
    prospect_id    INTEGER REFERENCES prospects(id) ON DELETE CASCADE,
    owner          TEXT NOT NULL DEFAULT '',
    due            INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('retention', 'onboarding', 'decline',
                                                 'birthday', 'recovery', 'prospect',
                                                 'follow-up')),
    text           TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'snoozed',
                                                                 'dismissed')),
    snoozed_until  INTEGER,
    dismiss_reason TEXT NOT NULL DEFAULT '',
    closed         INTEGER,
    rule           TEXT,
    occurrence     INTEGER,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK ((customer_id IS NOT NULL) + (case_id IS NOT NULL) + (prospect_id IS NOT NULL) = 1)
);
CREATE INDEX tasks_by_owner ON tasks(owner, state, due);
CREATE UNIQUE INDEX tasks_one_per_occurrence
    ON tasks(rule, ifnull(customer_id, 0), ifnull(case_id, 0), ifnull(prospect_id, 0), occurrence)
    WHERE rule IS NOT NULL;
)sql",
    // 6: campaigns, their members (the control group held out) and the contacts they logged.
    R"sql(
CREATE TABLE campaigns (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    list_name       TEXT NOT NULL,
    filter          TEXT NOT NULL,
    start_day       INTEGER NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('call', 'email', 'letter', 'visit', 'sms')),
    offer           TEXT NOT NULL DEFAULT '',
    control_percent INTEGER NOT NULL,
    seed            INTEGER NOT NULL,
    window_days     INTEGER NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE TABLE campaign_members (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    control     INTEGER NOT NULL CHECK (control IN (0, 1)),
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX campaign_members_by_customer ON campaign_members(customer_id);
ALTER TABLE interactions ADD COLUMN campaign_id INTEGER
    REFERENCES campaigns(id) ON DELETE CASCADE;
)sql",
    // 7: profiles of customers and prospects, for the prospects' fit.
    R"sql(
ALTER TABLE customers ADD COLUMN industry TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN region TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN size_band TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN tags TEXT NOT NULL DEFAULT '';
ALTER TABLE prospects ADD COLUMN industry TEXT NOT NULL DEFAULT '';
ALTER TABLE prospects ADD COLUMN region TEXT NOT NULL DEFAULT '';
ALTER TABLE prospects ADD COLUMN size_band TEXT NOT NULL DEFAULT '';
ALTER TABLE prospects ADD COLUMN tags TEXT NOT NULL DEFAULT '';
)sql",
    // 8: purchases packed per customer (docs/architecture.md, "Purchases are stored as columns").
    // The per-purchase rows are converted by packPurchaseRows() between this step's two halves.
    R"sql(
-- Customer ids chunk * 1024 to chunk * 1024 + 1023: those with purchases (ascending, int64),
-- how many each (uint32), then all their days (int32) and amounts (int64), little-endian.
CREATE TABLE purchase_chunks (
    chunk     INTEGER PRIMARY KEY,
    customers BLOB NOT NULL,
    counts    BLOB NOT NULL,
    days      BLOB NOT NULL,
    amounts   BLOB NOT NULL
);
-- Purchase ids from the files, so that a re-import recognises its purchases; each names one
-- purchase of its customer by day and amount.
CREATE TABLE purchase_ids (
    external_id TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    amount      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX purchase_ids_by_customer ON purchase_ids(customer_id, day, amount);
INSERT INTO purchase_ids SELECT external_id, customer_id, day, amount FROM purchases
    WHERE external_id IS NOT NULL;
-- packPurchaseRows
DROP TABLE purchases;
)sql",
};

constexpr std::string_view kPackMark = "-- packPurchaseRows\n";

} // namespace

int latestSchemaVersion() {
    return static_cast<int>(kSteps.size());
}

int schemaVersion(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

void migrateSchema(SQLite::Database& db, int toVersion) {
    for (int version = schemaVersion(db); version < toVersion; ++version) {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::string_view step = kSteps[static_cast<std::size_t>(version)];
        const std::size_t mark = step.find(kPackMark);
        if (mark == std::string_view::npos) {
            db.exec(std::string(step));
        } else {
            db.exec(std::string(step.substr(0, mark)));
            packPurchaseRows(db.getHandle());
            db.exec(std::string(step.substr(mark + kPackMark.size())));
        }
        // PRAGMA takes no bound parameters; the value is our own integer.
        db.exec(fmt::format("PRAGMA user_version = {}", version + 1));
        transaction.commit();
    }
}

} // namespace cartera
