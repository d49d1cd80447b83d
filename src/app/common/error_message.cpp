#include "app/common/error_message.h"

#include "app/common/display_text.h"
#include "core/prospects/prospect.h"
#include "core/recovery/recovery_case.h"
#include "report/locale_text.h"

#include <QLocale>

namespace cartera {

namespace {

using K = ErrorKind;

// A value as given, or a number in the user's locale when it is one.
class Values {
  public:
    explicit Values(const ErrorFact& fact) : m_values(fact.values) {}
    QString text(std::size_t i) const {
        return i < m_values.size() ? QString::fromStdString(m_values[i]) : QString();
    }
    QString number(std::size_t i) const {
        bool ok = false;
        const qlonglong n = text(i).toLongLong(&ok);
        return ok ? numberText(n) : text(i);
    }
    QString field(std::size_t i) const {
        return i < m_values.size() ? ErrorMessage::field(m_values[i]) : QString();
    }
    QString recoveryState(std::size_t i) const {
        const auto s = recoveryStateFromName(i < m_values.size() ? m_values[i] : std::string());
        return s ? recoveryStateText(*s) : text(i);
    }
    QString prospectStatus(std::size_t i) const {
        const auto s = prospectStatusFromName(i < m_values.size() ? m_values[i] : std::string());
        return s ? prospectStatusText(*s) : text(i);
    }
    QString day(std::size_t i) const {
        const auto d = Date::parseIso(i < m_values.size() ? m_values[i] : std::string());
        return d ? dayText(d->days()) : text(i);
    }

  private:
    const std::vector<std::string>& m_values;
};

} // namespace

QString ErrorMessage::field(std::string_view code) {
    struct Word {
        std::string_view code;
        const char* text;
    };
    static constexpr Word kWords[] = {
        {"id", QT_TR_NOOP("customer id")},
        {"customer", QT_TR_NOOP("customer")},
        {"date", QT_TR_NOOP("date")},
        {"amount", QT_TR_NOOP("amount")},
        {"unit_price", QT_TR_NOOP("unit price")},
        {"quantity", QT_TR_NOOP("quantity")},
        {"order_id", QT_TR_NOOP("order")},
        {"name", QT_TR_NOOP("name")},
        {"company", QT_TR_NOOP("company")},
        {"email", QT_TR_NOOP("e-mail")},
        {"phone", QT_TR_NOOP("phone")},
        {"birthday", QT_TR_NOOP("birthday")},
        {"customer_since", QT_TR_NOOP("customer since")},
        {"owner", QT_TR_NOOP("owner")},
        {"source", QT_TR_NOOP("source")},
        {"referred_by", QT_TR_NOOP("referred by")},
        {"notes", QT_TR_NOOP("notes")},
        {"note", QT_TR_NOOP("note")},
        {"industry", QT_TR_NOOP("industry")},
        {"region", QT_TR_NOOP("region")},
        {"size_band", QT_TR_NOOP("size band")},
        {"tags", QT_TR_NOOP("tags")},
        {"task_text", QT_TR_NOOP("task text")},
        {"reason", QT_TR_NOOP("reason")},
        {"campaign_name", QT_TR_NOOP("campaign name")},
        {"offer", QT_TR_NOOP("offer")},
        {"list_name", QT_TR_NOOP("list name")},
        {"segment", QT_TR_NOOP("segment")},
        {"tier", QT_TR_NOOP("tier")},
        {"stage", QT_TR_NOOP("stage")},
        {"activity", QT_TR_NOOP("activity")},
        {"class", QT_TR_NOOP("class")},
        {"text", QT_TR_NOOP("text")},
        {"adolescent_from_months", QT_TR_NOOP("adolescent from (months)")},
        {"mature_from_months", QT_TR_NOOP("mature from (months)")},
        {"veteran_from_months", QT_TR_NOOP("veteran from (months)")},
        {"at_risk_after_days", QT_TR_NOOP("at risk after (days)")},
        {"lost_after_days", QT_TR_NOOP("lost after (days)")},
        {"cadence_factor", QT_TR_NOOP("cadence factor")},
        {"pareto_cut", QT_TR_NOOP("Pareto cut")},
        {"class_b_cut", QT_TR_NOOP("class B cut")},
        {"currency", QT_TR_NOOP("currency")},
        {"clv_horizon_months", QT_TR_NOOP("CLV horizon (months)")},
        {"clv_monthly_discount_bp", QT_TR_NOOP("monthly discount")},
    };
    for (const Word& w : kWords)
        if (w.code == code)
            return tr(w.text);
    return QString::fromUtf8(code.data(), qsizetype(code.size()));
}

QString ErrorMessage::of(const ErrorFact& fact) {
    const Values v(fact);
    switch (fact.kind) {
    case K::FileUnreadable:
        return tr("Cannot read “%1”: %2").arg(v.text(0), v.text(1));
    case K::FileIsFolder:
        return tr("“%1” is a folder, not a file.").arg(v.text(0));
    case K::FileNotRegular:
        return tr("“%1” is not a regular file (a pipe or a device).").arg(v.text(0));
    case K::FileIsDatabase:
        return tr("“%1” is a database (a portfolio?); it is not overwritten with a "
                  "report. Choose another file name.")
            .arg(v.text(0));
    case K::FileUnwritable:
        return tr("Cannot write “%1”: %2").arg(v.text(0), v.text(1));
    case K::WorkbookNotStarted:
        return tr("Cannot start a workbook in %1.").arg(v.text(0));
    case K::WorkbookUnwritable:
        return tr("Cannot write the workbook %1: %2").arg(v.text(0), v.text(1));
    case K::WorkbookTooManyRows:
        return tr("%1: a spreadsheet holds at most %2 rows below its header, and this table has "
                  "%3. Filter it first, or export CSV.")
            .arg(v.text(0), v.number(1), v.number(2));
    case K::Utf16Truncated:
        return tr("The UTF-16 text ends in the middle of a character.");
    case K::Utf16Surrogate:
        return tr("Invalid UTF-16 (an unpaired surrogate at byte %1).").arg(v.number(0));
    case K::NotUtf8:
        return tr("The file is not valid UTF-8; choose its encoding.");
    case K::CsvBinary:
        return tr("The file holds a NUL byte: it is binary, or text in an encoding other than "
                  "UTF-8 or Windows-1252.");
    case K::CsvUnclosedQuote:
        return tr("A quoted field is never closed.");
    case K::CsvTextAfterQuote:
        return tr("Unexpected text after a closing quote.");
    case K::ImportEmptyFile:
        return tr("The file is empty.");
    case K::ImportDuplicateColumn:
        return tr("Columns %1 and %2 are both named “%3”: the %4 column cannot be told.")
            .arg(v.number(0), v.number(1), v.text(2), v.field(3));
    case K::ImportUnknownRole:
        return tr("Unknown column role “%1”.").arg(v.text(0));
    case K::ImportNoSuchColumn:
        return tr("No column “%1” for %2 (the file has %3 columns).")
            .arg(v.text(0), v.field(1), v.number(2));
    case K::ImportMissingColumn:
        return tr("No %1 column.").arg(v.field(0));
    case K::ImportNoAmountColumn:
        return tr("No amount column (or unit price column).");
    case K::ImportAmbiguousDates:
        return tr("Every date fits both day/month and month/day order, such as this one: the "
                  "date format must be chosen.");
    case K::ImportUnknownDates:
        return tr("The date is not in a known format (YYYY-MM-DD, YYYYMMDD, D.M.YYYY, D/M/YYYY "
                  "or M/D/YYYY, a time of day may follow).");
    case K::ImportFieldCount:
        return tr("Expected %1 columns, found %2.").arg(v.number(0), v.number(1));
    case K::ImportNotADate:
        if (v.text(1) == QLatin1String("chosen"))
            return tr("The %1 is not a date in the chosen format.").arg(v.field(0));
        return tr("The %1 is not a date in the format %2.").arg(v.field(0), v.text(1));
    case K::ImportNotAnAmount:
        return tr("The %1 is not an amount with decimal separator “%2” and at most %3 "
                  "decimals.")
            .arg(v.field(0), v.text(1), v.number(2));
    case K::ImportEmptyValue:
        return tr("The %1 is empty.").arg(v.field(0));
    case K::ImportBadQuantity:
        return tr("The quantity is not a number with at most 3 decimals.");
    case K::ImportLineTooLarge:
        return tr("Quantity × unit price is too large.");
    case K::ImportOrderTooLarge:
        return tr("The order’s total is too large.");
    case K::ImportUnknownSource:
        return tr("The source must be directory, list, press, event, web or referral.");
    case K::ImportUnknownReferrer:
        return tr("“Referred by” names no known customer.");
    case K::FieldTooLong:
        return tr("The %1 is longer than %2 characters (%3).")
            .arg(v.field(0), v.number(1), v.number(2));
    case K::ChannelUnknown:
        return tr("The channel must be call, e-mail, letter, visit or SMS (not “%1”).")
            .arg(v.text(0));
    case K::DirectionUnknown:
        return tr("The direction must be in or out (not “%1”).").arg(v.text(0));
    case K::SourceUnknown:
        return tr("The source must be directory, list, press, event, web or referral (not "
                  "“%1”).")
            .arg(v.text(0));
    case K::SettingWholeNumber:
        return tr("%1 must be a whole number from %2 to %3 (not “%4”).")
            .arg(v.field(0), v.number(1), v.number(2), v.text(3));
    case K::SettingFraction:
        return tr("%1 must be a fraction above 0 and at most 1, such as 0.8 or 80% (not "
                  "“%2”).")
            .arg(v.field(0), v.text(1));
    case K::SettingCurrency:
        return tr("The currency must be a three-letter ISO 4217 code such as EUR (not "
                  "“%1”).")
            .arg(v.text(0));
    case K::SettingUnknown:
        return tr("Unknown setting “%1”.").arg(v.text(0));
    case K::StagesMustRise:
        return tr("Stage boundaries must rise: adolescent < mature < veteran.");
    case K::AtRiskBeforeLost:
        return tr("“At risk after” must be below “lost after”.");
    case K::ClassBBelowPareto:
        return tr("The class B cut must not be below the Pareto cut.");
    case K::RuleOnOff:
        return tr("%1 must be on or off (not “%2”).").arg(v.text(0), v.text(1));
    case K::RuleNumberOrOff:
        return tr("%1 must be off or a whole number from %2 to %3 (not “%4”).")
            .arg(v.text(0), v.number(1), v.number(2), v.text(3));
    case K::RuleUnknown:
        return tr("No rule setting “%1”.").arg(v.text(0));
    case K::TableLineShape:
        return tr("%1 line %2 (“%3”): expected “%4”.")
            .arg(v.field(0), v.number(1), v.text(2), v.text(3));
    case K::TableLineNoName:
        return tr("%1 line %2 (“%3”): a name is needed.").arg(v.field(0), v.number(1), v.text(2));
    case K::TableSegmentOthers:
        return tr("Segment line %1 (“%2”): “Others” is what no row matches; "
                  "it cannot be a row.")
            .arg(v.number(0), v.text(1));
    case K::TableSegmentRange:
        return tr("Segment line %1 (“%2”): “%3” is not a range such as R4-5 "
                  "(scores 1 to 5).")
            .arg(v.number(0), v.text(1), v.text(2));
    case K::TableSegmentTwice:
        return tr("Segment line %1 (“%2”): %3 is given twice.")
            .arg(v.number(0), v.text(1), v.text(2));
    case K::TableTierAmount:
        return tr("Tier line %1 (“%2”): “%3” is not an amount such as 250.00.")
            .arg(v.number(0), v.text(1), v.text(2));
    case K::TableTierDays:
        return tr("Tier line %1 (“%2”): “%3” is not a number of purchase days "
                  "from 0 to 366.")
            .arg(v.number(0), v.text(1), v.text(2));
    case K::TableTierBelow:
        return tr("Tier line %1 (“%2”): a tier must ask at least what %3 asks.")
            .arg(v.number(0), v.text(1), v.text(2));
    case K::TableTooManyTiers:
        return tr("Tier line %1 (“%2”): at most 100 tiers.").arg(v.number(0), v.text(1));
    case K::TableEmpty:
        return tr("The %1 table has no rows.").arg(v.field(0));
    case K::FilterNotOneOf:
        return tr("%1 “%2” is not one of %3.").arg(v.field(0), v.text(1), v.text(2));
    case K::FilterNotKeyValue:
        return tr("“%1” is not key=value.").arg(v.text(0));
    case K::FilterNoSegment:
        return tr("There is no segment “%1”.").arg(v.text(0));
    case K::FilterNoTier:
        return tr("There is no tier “%1”.").arg(v.text(0));
    case K::FilterUnknownKey:
        return tr("Unknown key “%1” (stage, activity, class, owner, segment, tier, "
                  "text).")
            .arg(v.text(0));
    case K::PortfolioNotCreated:
        return tr("Cannot create the portfolio “%1”: %2").arg(v.text(0), v.text(1));
    case K::PortfolioLocked:
        return tr("The portfolio “%1” is locked: another program (Cartera or "
                  "cartera-cli) has been writing to it for longer than Cartera waits. Nothing was "
                  "changed. Try again when it has finished.")
            .arg(v.text(0));
    case K::PortfolioReadOnly:
        return tr("The portfolio “%1” is read-only; nothing was changed.").arg(v.text(0));
    case K::DiskFull:
        return tr("The disk holding “%1” is full; nothing was changed.").arg(v.text(0));
    case K::PortfolioDamaged:
        return tr("“%1” is damaged or not a Cartera portfolio (%2); it was left "
                  "untouched.")
            .arg(v.text(0), v.text(1));
    case K::PortfolioNotOpened:
        return tr("Cannot open the portfolio “%1”: %2").arg(v.text(0), v.text(1));
    case K::PortfolioFailed:
        return tr("Portfolio “%1”: %2").arg(v.text(0), v.text(1));
    case K::PortfolioExists:
        return tr("“%1” already exists; choose another name.").arg(v.text(0));
    case K::PortfolioMissing:
        return tr("There is no portfolio at “%1”.").arg(v.text(0));
    case K::PortfolioEmptyFile:
        return tr("“%1” is an empty file, not a portfolio; it was left untouched.").arg(v.text(0));
    case K::PortfolioForeign:
        return tr("“%1” is a database of another program, not a Cartera portfolio; it "
                  "was left untouched.")
            .arg(v.text(0));
    case K::PortfolioNewer:
        return tr("“%1” was written by a newer Cartera (schema %2, this one knows %3); "
                  "it was left untouched.")
            .arg(v.text(0), v.text(1), v.text(2));
    case K::PortfolioChanged:
        return tr("A purchase belongs to no customer: the portfolio changed while it was read, or "
                  "it is damaged.");
    case K::DemoNeedsEmpty:
        return tr("The demo goes into an empty portfolio; this one has customers.");
    case K::NoPortfolioOpen:
        return tr("No portfolio is open.");
    case K::CustomerNeedsId:
        return tr("A customer needs an id.");
    case K::CustomerExists:
        return tr("A customer with the id “%1” already exists.").arg(v.text(0));
    case K::CustomerGone:
        return tr("Customer %1 no longer exists.").arg(v.text(0));
    case K::ReferrerUnknown:
        return tr("There is no customer “%1” to be the referrer.").arg(v.text(0));
    case K::ListNeedsName:
        return tr("A list needs a name.");
    case K::ListMissing:
        return tr("There is no list “%1”.").arg(v.text(0));
    case K::ListEmpty:
        return tr("The list “%1” has no customers.").arg(v.text(0));
    case K::TaskNeedsText:
        return tr("A task needs a text.");
    case K::TaskSnoozeNeedsDay:
        return tr("A snoozed task needs the day it comes back.");
    case K::TaskDismissNeedsReason:
        return tr("Dismissing a task needs a reason.");
    case K::TaskMissing:
        return tr("Task %1 does not exist.").arg(v.text(0));
    case K::CampaignNeedsName:
        return tr("A campaign needs a name.");
    case K::CampaignControlRange:
        return tr("The control group must be 1 to 50 % of the list.");
    case K::CampaignWindowRange:
        return tr("The evaluation window must be 1 to 730 days.");
    case K::CampaignExists:
        return tr("There is already a campaign named “%1”.").arg(v.text(0));
    case K::CampaignMissing:
        return tr("Campaign %1 does not exist.").arg(v.text(0));
    case K::ProspectNeedsName:
        return tr("A prospect needs a name.");
    case K::ProspectMissing:
        return tr("Prospect %1 does not exist.").arg(v.text(0));
    case K::ProspectUseConvert:
        return tr("Convert a prospect with Convert: it creates the customer.");
    case K::ProspectDropNeedsReason:
        return tr("Say why the prospect is dropped.");
    case K::ProspectClosed:
        return tr("The prospect is already %1.").arg(v.prospectStatus(0));
    case K::ProspectTransition:
        return tr("A prospect that is %1 cannot become %2 (the order is new → contacted "
                  "→ qualified → converted, or dropped).")
            .arg(v.prospectStatus(0), v.prospectStatus(1));
    case K::CaseAlreadyOpen:
        return tr("This customer already has an open recovery case.");
    case K::CaseMissing:
        return tr("Recovery case %1 does not exist.").arg(v.text(0));
    case K::CaseNotVerified:
        return tr("Verify that the customer is really lost, and why, before trying to win it "
                  "back.");
    case K::CaseClosedNoAttempts:
        return tr("The case is closed; a new case opens only when the customer is lost again "
                  "after buying.");
    case K::CaseClosed:
        return tr("The case is closed (%1); open a new case to try again.").arg(v.recoveryState(0));
    case K::CaseTransition:
        return tr("A case that is %1 cannot become %2 (the order is identified → verified "
                  "→ contacted → won back or let go).")
            .arg(v.recoveryState(0), v.recoveryState(1));
    case K::CaseVerifyNeedsReason:
        return tr("Verifying a loss needs its reason (price, service failure, …).");
    case K::CaseLetGoNeedsReason:
        return tr("Letting a customer go needs a reason, e.g. recovery would cost more than it "
                  "brings back.");
    case K::CaseStepBeforeOpened:
        return tr("A step of a case cannot be dated before the case opened (%1).").arg(v.day(0));
    case K::CaseStepAfterToday:
        return tr("A step of a case cannot be dated after today (%1).").arg(v.day(0));
    case K::LossReasonUnknown:
        return tr("“%1” is not in the catalogue of loss reasons; add it there first.")
            .arg(v.text(0));
    case K::LossReasonNeedsName:
        return tr("A loss reason needs a name.");
    case K::LossReasonExists:
        return tr("“%1” is already a loss reason.").arg(v.text(0));
    case K::LossReasonMissing:
        return tr("There is no loss reason “%1”.").arg(v.text(0));
    case K::LossReasonInUse:
        return (v.text(1) == QLatin1String("1")
                    ? tr("“%1” is the reason of %Ln case; rename it instead of removing it.",
                         nullptr, 1)
                    : tr("“%1” is the reason of %Ln cases; rename it instead of removing it.",
                         nullptr, v.text(1).toInt()))
            .arg(v.text(0));
    case K::ModelTooFewBuyers:
        return tr("Only %1 customers bought in the calibration period; the model needs more.")
            .arg(v.number(0));
    case K::ModelNotEvaluated:
        return tr("The likelihood could not be evaluated for any parameters.");
    case K::ModelRanOff:
        return tr("A parameter ran off to zero or infinity: the data do not determine the model "
                  "(too few repeat purchases, or a calibration period too short).");
    case K::ModelNotSettled:
        return tr("The fit did not settle: the likelihood has no clear maximum on these data.");
    case K::SpendTooFewRepeaters:
        return tr("Only %1 customers bought again in the calibration period; the spend model "
                  "needs more.")
            .arg(v.number(0));
    case K::SpendNotEvaluated:
        return tr("The spend likelihood could not be evaluated for any parameters.");
    case K::SpendRanOff:
        return tr("A spend parameter ran off to zero or infinity: the data do not determine the "
                  "model.");
    case K::SpendNoFiniteMean:
        return tr("q ≤ 1: the model gives no finite mean spend.");
    case K::SpendNotSettled:
        return tr("The spend fit did not settle: the likelihood has no clear maximum.");
    case K::Count:
        break;
    }
    return QString::fromStdString(errorText(fact));
}

QString ErrorMessage::of(const ImportIssue& issue, const std::string& file) {
    QString where = QString::fromStdString(file);
    if (issue.line > 0)
        where =
            (where.isEmpty() ? QString() : where + QStringLiteral(", ")) +
            (issue.column > 0
                 ? tr("line %1, column %2").arg(numberText(issue.line), numberText(issue.column))
                 : tr("line %1").arg(numberText(issue.line)));
    QString text = of(issue.fact);
    if (!issue.value.empty() || issue.column > 0)
        text = tr("%1 (“%2”)", "a problem and the value it is about")
                   .arg(text, QString::fromStdString(issue.value));
    return where.isEmpty() ? text : tr("%1: %2").arg(where, text);
}

QString ErrorMessage::of(const std::exception& error) {
    if (const auto* e = dynamic_cast<const CarteraError*>(&error))
        return of(e->fact);
    if (const auto* e = dynamic_cast<const ImportError*>(&error))
        return of(e->issue, e->file);
    return QString::fromUtf8(error.what());
}

QString ErrorMessage::namesComing() {
    return tr("The customers' names are still being read; try again in a moment.");
}

} // namespace cartera
