#pragma once

#include <fmt/format.h>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace cartera {

// Everything the core and the storage refuse or fail at, as a kind plus its values, so that
// each front end words it in its own language: the CLI through errorText (English), the app
// through its translations. A value is a path, a number, a typed text or a code (a field, a
// state) that the front end words itself.
enum class ErrorKind {
    // Files
    FileUnreadable,      // path, system reason
    FileIsFolder,        // path
    FileNotRegular,      // path
    FileIsDatabase,      // path
    FileUnwritable,      // path, system reason
    WorkbookNotStarted,  // folder or path
    WorkbookUnwritable,  // path, reason
    WorkbookTooManyRows, // path, maximum, rows
    // Text and CSV
    Utf16Truncated,    //
    Utf16Surrogate,    // byte offset
    NotUtf8,           //
    CsvBinary,         //
    CsvUnclosedQuote,  //
    CsvTextAfterQuote, //
    // Import
    ImportEmptyFile,       //
    ImportDuplicateColumn, // column, other column, header, role
    ImportUnknownRole,     // role as typed
    ImportNoSuchColumn,    // column as typed, role, columns in the file
    ImportMissingColumn,   // role
    ImportNoAmountColumn,  //
    ImportAmbiguousDates,  //
    ImportUnknownDates,    //
    ImportFieldCount,      // fields in the header, fields on the line
    ImportNotADate,        // role, date format name ("" when none was chosen)
    ImportNotAnAmount,     // role, decimal separator, decimals
    ImportEmptyValue,      // role
    ImportBadQuantity,     //
    ImportLineTooLarge,    //
    ImportOrderTooLarge,   //
    ImportUnknownSource,   //
    ImportUnknownReferrer, //
    // Values typed by a person
    FieldTooLong,       // field code, maximum, length
    ChannelUnknown,     // value
    DirectionUnknown,   // value
    SourceUnknown,      // value
    SettingWholeNumber, // key, minimum, maximum, value
    SettingFraction,    // key, value
    SettingCurrency,    // value
    SettingUnknown,     // key
    StagesMustRise,     //
    AtRiskBeforeLost,   //
    ClassBBelowPareto,  //
    RuleOnOff,          // key, value
    RuleNumberOrOff,    // key, minimum, maximum, value
    RuleUnknown,        // key
    TableLineShape,     // table ("segment", "tier"), line number, line, expected shape
    TableLineNoName,    // table, line number, line
    TableSegmentOthers, // line number, line
    TableSegmentRange,  // line number, line, word
    TableSegmentTwice,  // line number, line, letter
    TableTierAmount,    // line number, line, value
    TableTierDays,      // line number, line, value
    TableTierBelow,     // line number, line, name of the tier below
    TableTooManyTiers,  // line number, line
    TableEmpty,         // table
    FilterNotOneOf,     // key, value, known values
    FilterNotKeyValue,  // part
    FilterNoSegment,    // value
    FilterNoTier,       // value
    FilterUnknownKey,   // key
    // Portfolio files
    PortfolioNotCreated, // path, system reason
    PortfolioLocked,     // path
    PortfolioReadOnly,   // path
    DiskFull,            // path
    PortfolioDamaged,    // path, SQLite's words
    PortfolioNotOpened,  // path, SQLite's words
    PortfolioFailed,     // path, SQLite's words
    PortfolioExists,     // path
    PortfolioMissing,    // path
    PortfolioEmptyFile,  // path
    PortfolioForeign,    // path
    PortfolioNewer,      // path, its schema, known schema
    PortfolioChanged,    //
    DemoNeedsEmpty,      //
    NoPortfolioOpen,     //
    // Customers, lists, tasks
    CustomerNeedsId,        //
    CustomerExists,         // external id
    CustomerGone,           // id
    ReferrerUnknown,        // external id
    ListNeedsName,          //
    ListMissing,            // name
    ListEmpty,              // name
    TaskNeedsText,          //
    TaskSnoozeNeedsDay,     //
    TaskDismissNeedsReason, //
    TaskMissing,            // id
    // Campaigns
    CampaignNeedsName,    //
    CampaignControlRange, //
    CampaignWindowRange,  //
    CampaignExists,       // name
    CampaignMissing,      // id
    // Prospects
    ProspectNeedsName,       //
    ProspectMissing,         // id
    ProspectUseConvert,      //
    ProspectDropNeedsReason, //
    ProspectClosed,          // status code
    ProspectTransition,      // from status code, to status code
    // Recovery
    CaseAlreadyOpen,       //
    CaseMissing,           // id
    CaseNotVerified,       //
    CaseClosedNoAttempts,  //
    CaseClosed,            // state code
    CaseTransition,        // from state code, to state code
    CaseVerifyNeedsReason, //
    CaseLetGoNeedsReason,  //
    CaseStepBeforeOpened,  // ISO day the case opened
    CaseStepAfterToday,    // ISO day of today
    LossReasonUnknown,     // reason
    LossReasonNeedsName,   //
    LossReasonExists,      // reason
    LossReasonMissing,     // reason
    LossReasonInUse,       // reason, cases
    // Lifetime-value models that cannot be trusted on the data
    ModelTooFewBuyers,    // customers who bought in the calibration period
    ModelNotEvaluated,    //
    ModelRanOff,          //
    ModelNotSettled,      //
    SpendTooFewRepeaters, // customers who bought again in the calibration period
    SpendNotEvaluated,    //
    SpendRanOff,          //
    SpendNoFiniteMean,    //
    SpendNotSettled,      //
    Count
};

struct ErrorFact {
    ErrorKind kind = ErrorKind::Count;
    std::vector<std::string> values;

    bool operator==(const ErrorFact&) const = default;
};

template <typename... Values> ErrorFact errorFact(ErrorKind kind, const Values&... values) {
    return {kind, {fmt::format("{}", values)...}};
}

// The fact in English, for the CLI, logs and tests.
std::string errorText(const ErrorFact& fact);
// The same, or "" for no fact.
std::string errorText(const std::optional<ErrorFact>& fact);

// An error that carries its fact; what() is the English text.
struct CarteraError : std::runtime_error {
    explicit CarteraError(ErrorFact fact);
    template <typename... Values>
    explicit CarteraError(ErrorKind kind, const Values&... values)
        : CarteraError(errorFact(kind, values...)) {}
    ErrorFact fact;
};

// A value typed by a person (a setting, a filter, a table) that cannot be read.
struct InputError : CarteraError {
    using CarteraError::CarteraError;
};

} // namespace cartera
