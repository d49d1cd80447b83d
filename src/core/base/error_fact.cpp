#include "core/base/error_fact.h"

#include <array>
#include <fmt/args.h>
#include <string_view>

namespace cartera {

namespace {

using K = ErrorKind;

struct Wording {
    ErrorKind kind;
    std::string_view text; // fmt's positional fields: {0} is the first value
};

constexpr Wording kWordings[] = {
    {K::FileUnreadable, "cannot read '{0}': {1}"},
    {K::FileIsFolder, "'{0}' is a folder, not a file"},
    {K::FileNotRegular, "'{0}' is not a regular file (a pipe or a device)"},
    {K::FileIsDatabase, "'{0}' is a database (a portfolio?); it is not overwritten with a report; "
                        "choose another file name"},
    {K::FileUnwritable, "cannot write '{0}': {1}"},
    {K::WorkbookNotStarted, "cannot start a workbook in {0}"},
    {K::WorkbookUnwritable, "cannot write the workbook {0}: {1}"},
    {K::WorkbookTooManyRows, "{0}: a spreadsheet holds at most {1} rows below its header, and this "
                             "table has {2}; filter it first or export CSV"},
    {K::Utf16Truncated, "the UTF-16 text ends in the middle of a character"},
    {K::Utf16Surrogate, "invalid UTF-16 (an unpaired surrogate at byte {0})"},
    {K::NotUtf8, "the file is not valid UTF-8; choose its encoding"},
    {K::CsvBinary, "the file holds a NUL byte: it is binary, or text in an encoding other than "
                   "UTF-8 or Windows-1252"},
    {K::CsvUnclosedQuote, "a quoted field is never closed"},
    {K::CsvTextAfterQuote, "unexpected text after a closing quote"},
    {K::ImportEmptyFile, "the file is empty"},
    {K::ImportDuplicateColumn,
     "columns {0} and {1} are both named '{2}': the {3} column cannot be told"},
    {K::ImportUnknownRole, "unknown column role '{0}'"},
    {K::ImportNoSuchColumn, "no column '{0}' for {1} (the file has {2} columns)"},
    {K::ImportMissingColumn, "no {0} column"},
    {K::ImportNoAmountColumn, "no amount column (or unit price column)"},
    {K::ImportAmbiguousDates, "every date fits both day/month and month/day order, such as this "
                              "one: the date format must be chosen"},
    {K::ImportUnknownDates, "date is not in a known format (YYYY-MM-DD, YYYYMMDD, D.M.YYYY, "
                            "D/M/YYYY or M/D/YYYY, a time of day may follow)"},
    {K::ImportFieldCount, "expected {0} columns, found {1}"},
    {K::ImportNotADate, "{0} is not a date in the format {1}"},
    {K::ImportNotAnAmount,
     "{0} is not an amount with decimal separator '{1}' and at most {2} decimals"},
    {K::ImportEmptyValue, "{0} is empty"},
    {K::ImportBadQuantity, "quantity is not a number with at most 3 decimals"},
    {K::ImportLineTooLarge, "quantity x unit price is too large"},
    {K::ImportOrderTooLarge, "the order's total is too large"},
    {K::ImportUnknownSource, "source must be directory, list, press, event, web or referral"},
    {K::ImportUnknownReferrer, "referred_by names no known customer"},
    {K::FieldTooLong, "{0} is longer than {1} characters ({2})"},
    {K::ChannelUnknown, "the channel must be call, email, letter, visit or sms (not '{0}')"},
    {K::DirectionUnknown, "direction must be in or out (not '{0}')"},
    {K::SourceUnknown, "source must be directory, list, press, event, web or referral (not '{0}')"},
    {K::SettingWholeNumber, "{0} must be a whole number from {1} to {2} (not '{3}')"},
    {K::SettingFraction,
     "{0} must be a fraction above 0 and at most 1, such as 0.8 or 80% (not '{1}')"},
    {K::SettingCurrency, "currency must be a three-letter ISO 4217 code such as EUR (not '{0}')"},
    {K::SettingUnknown, "unknown setting '{0}'"},
    {K::StagesMustRise, "stage boundaries must rise: adolescent < mature < veteran"},
    {K::AtRiskBeforeLost, "at_risk_after_days must be below lost_after_days"},
    {K::ClassBBelowPareto, "class_b_cut must not be below pareto_cut"},
    {K::RuleOnOff, "{0} must be on or off (not '{1}')"},
    {K::RuleNumberOrOff, "{0} must be off or a whole number from {1} to {2} (not '{3}')"},
    {K::RuleUnknown, "no rule setting '{0}'"},
    {K::TableLineShape, "{0} line {1} ('{2}'): expected '{3}'"},
    {K::TableLineNoName, "{0} line {1} ('{2}'): the {0} needs a name"},
    {K::TableSegmentOthers,
     "segment line {0} ('{1}'): 'Others' is what no row matches; it cannot be a row"},
    {K::TableSegmentRange,
     "segment line {0} ('{1}'): '{2}' is not a range such as R4-5 (scores 1 to 5)"},
    {K::TableSegmentTwice, "segment line {0} ('{1}'): {2} is given twice"},
    {K::TableTierAmount, "tier line {0} ('{1}'): '{2}' is not an amount such as 250.00"},
    {K::TableTierDays,
     "tier line {0} ('{1}'): '{2}' is not a number of purchase days from 0 to 366"},
    {K::TableTierBelow, "tier line {0} ('{1}'): a tier must ask at least what {2} asks"},
    {K::TableTooManyTiers, "tier line {0} ('{1}'): at most 100 tiers"},
    {K::TableEmpty, "the {0} table has no rows"},
    {K::FilterNotOneOf, "{0} '{1}' is not one of {2}"},
    {K::FilterNotKeyValue, "'{0}' is not key=value"},
    {K::FilterNoSegment, "no segment '{0}'"},
    {K::FilterNoTier, "no tier '{0}'"},
    {K::FilterUnknownKey, "unknown key '{0}' (stage, activity, class, owner, segment, tier, text)"},
    {K::PortfolioNotCreated, "cannot create portfolio '{0}': {1}"},
    {K::PortfolioLocked,
     "portfolio '{0}' is locked: another program (Cartera or cartera-cli) has been writing to it "
     "for longer than Cartera waits; nothing was changed. Try again when it has finished"},
    {K::PortfolioReadOnly, "portfolio '{0}' is read-only; nothing was changed"},
    {K::DiskFull, "the disk holding '{0}' is full; nothing was changed"},
    {K::PortfolioDamaged,
     "'{0}' is damaged or not a Cartera portfolio ({1}); it was left untouched"},
    {K::PortfolioNotOpened, "cannot open portfolio '{0}': {1}"},
    {K::PortfolioFailed, "portfolio '{0}': {1}"},
    {K::PortfolioExists, "'{0}' already exists; choose another name"},
    {K::PortfolioMissing, "no portfolio at '{0}'"},
    {K::PortfolioEmptyFile, "'{0}' is an empty file, not a portfolio; it was left untouched"},
    {K::PortfolioForeign,
     "'{0}' is a database of another program, not a Cartera portfolio; it was left untouched"},
    {K::PortfolioNewer, "'{0}' was written by a newer Cartera (schema {1}, this one knows {2}); it "
                        "was left untouched"},
    {K::PortfolioChanged, "a purchase belongs to no customer; the portfolio changed while it was "
                          "read, or is damaged"},
    {K::DemoNeedsEmpty, "the demo goes into an empty portfolio; this one has customers"},
    {K::NoPortfolioOpen, "no portfolio is open"},
    {K::CustomerNeedsId, "a customer needs an id"},
    {K::CustomerExists, "a customer with id '{0}' already exists"},
    {K::CustomerGone, "customer {0} no longer exists"},
    {K::ReferrerUnknown, "no customer '{0}' to be the referrer"},
    {K::ListNeedsName, "a list needs a name"},
    {K::ListMissing, "no list '{0}'"},
    {K::ListEmpty, "the list '{0}' has no customers"},
    {K::TaskNeedsText, "a task needs a text"},
    {K::TaskSnoozeNeedsDay, "a snoozed task needs the day it comes back"},
    {K::TaskDismissNeedsReason, "dismissing a task needs a reason"},
    {K::TaskMissing, "no task {0}"},
    {K::CampaignNeedsName, "a campaign needs a name"},
    {K::CampaignControlRange, "the control group must be 1 to 50 % of the list"},
    {K::CampaignWindowRange, "the evaluation window must be 1 to 730 days"},
    {K::CampaignExists, "there is already a campaign named '{0}'"},
    {K::CampaignMissing, "no campaign {0}"},
    {K::ProspectNeedsName, "a prospect needs a name"},
    {K::ProspectMissing, "prospect {0} does not exist"},
    {K::ProspectUseConvert, "convert a prospect with convert: it creates the customer"},
    {K::ProspectDropNeedsReason, "say why the prospect is dropped"},
    {K::ProspectClosed, "the prospect is already {0}"},
    {K::ProspectTransition, "a {0} prospect cannot become {1} (the order is new → contacted → "
                            "qualified → converted, or dropped)"},
    {K::CaseAlreadyOpen, "this customer already has an open recovery case"},
    {K::CaseMissing, "recovery case {0} does not exist"},
    {K::CaseNotVerified,
     "verify that the customer is really lost, and why, before trying to win it back"},
    {K::CaseClosedNoAttempts,
     "the case is closed; a new case opens only when the customer is lost again after buying"},
    {K::CaseClosed, "the case is closed ({0}); open a new case to try again"},
    {K::CaseTransition, "a case that is {0} cannot become {1} (the order is identified → verified "
                        "→ contacted → won back or let go)"},
    {K::CaseVerifyNeedsReason, "verifying a loss needs its reason (price, service failure, …)"},
    {K::CaseLetGoNeedsReason, "letting a customer go needs a reason, e.g. recovery would cost more "
                              "than it brings back"},
    {K::CaseStepBeforeOpened, "a step of a case cannot be dated before the case opened ({0})"},
    {K::CaseStepAfterToday, "a step of a case cannot be dated after today ({0})"},
    {K::LossReasonUnknown, "'{0}' is not in the catalogue of loss reasons; add it there first"},
    {K::LossReasonNeedsName, "a loss reason needs a name"},
    {K::LossReasonExists, "'{0}' is already a loss reason"},
    {K::LossReasonMissing, "no loss reason '{0}'"},
    {K::LossReasonInUse, "'{0}' is the reason of {1} cases; rename it instead of removing it"},
    {K::ModelTooFewBuyers,
     "only {0} customers bought in the calibration period; the model needs more"},
    {K::ModelNotEvaluated, "the likelihood could not be evaluated for any parameters"},
    {K::ModelRanOff, "a parameter ran off to zero or infinity: the data do not determine the "
                     "model (too few repeat purchases, or a calibration period too short)"},
    {K::ModelNotSettled,
     "the fit did not settle: the likelihood has no clear maximum on these data"},
    {K::SpendTooFewRepeaters,
     "only {0} customers bought again in the calibration period; the spend model needs more"},
    {K::SpendNotEvaluated, "the spend likelihood could not be evaluated for any parameters"},
    {K::SpendRanOff,
     "a spend parameter ran off to zero or infinity: the data do not determine the model"},
    {K::SpendNoFiniteMean, "q <= 1: the model gives no finite mean spend"},
    {K::SpendNotSettled, "the spend fit did not settle: the likelihood has no clear maximum"},
};

constexpr bool inOrder() {
    for (std::size_t i = 0; i < std::size(kWordings); ++i)
        if (kWordings[i].kind != static_cast<ErrorKind>(i))
            return false;
    return std::size(kWordings) == static_cast<std::size_t>(ErrorKind::Count);
}
static_assert(inOrder(), "one English wording per ErrorKind, in the enum's order");

} // namespace

std::string errorText(const ErrorFact& fact) {
    const auto i = static_cast<std::size_t>(fact.kind);
    if (i >= std::size(kWordings))
        return "unknown error";
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const std::string& v : fact.values)
        args.push_back(v);
    try {
        return fmt::vformat(kWordings[i].text, args);
    } catch (const fmt::format_error&) {
        return std::string(kWordings[i].text); // a wording asked for a value not given
    }
}

std::string errorText(const std::optional<ErrorFact>& fact) {
    return fact ? errorText(*fact) : std::string();
}

CarteraError::CarteraError(ErrorFact f) : std::runtime_error(errorText(f)), fact(std::move(f)) {}

} // namespace cartera
