#include "app/import/import_text.h"

#include "app/common/error_message.h"
#include "report/locale_text.h"

#include <algorithm>
#include <map>

namespace cartera {

namespace {

// "1 line" or "12 lines": English needs two forms; translations get their own through tr().
QString counted(std::size_t n, const QString& one, const QString& many) {
    return n == 1 ? one : many.arg(n);
}

} // namespace

QString ImportText::hint(const ImportIssue& issue) {
    const QString role = ErrorMessage::field(issue.role);
    switch (issue.problem) {
    case ImportProblem::MissingColumn:
        return tr("Choose the column for %1 on the previous page (Back).").arg(role);
    case ImportProblem::UnknownColumn:
        return tr("Check the column choices on the previous page (Back).");
    case ImportProblem::DuplicateColumn:
        return tr("Choose the column for %1 by hand on the previous page (Back).").arg(role);
    case ImportProblem::DateFormat:
        return tr("Choose the date format on the previous page (Back).");
    case ImportProblem::Cell:
        return tr("Correct the row in the file, or go Back and tick \u201cSkip bad "
                  "rows\u201d to import the rest.");
    case ImportProblem::File:
        break;
    }
    return {};
}

QStringList ImportText::readingNote(const CsvImportReader& reader, const CsvImportOptions& o,
                                    bool purchases, const QString& dateFormatLabel) {
    QStringList note;
    const Delimiter d = reader.delimiter();
    note << tr("Columns separated by %1.")
                .arg(d.isBlanks()            ? tr("runs of blanks")
                     : d.character() == ','  ? tr("commas")
                     : d.character() == ';'  ? tr("semicolons")
                     : d.character() == '\t' ? tr("tabs")
                                             : QString(QLatin1Char(d.character())));
    note << (reader.hasHeader() ? tr("The first row is a header.")
                                : tr("No header row: columns are taken by position."));
    if (!dateFormatLabel.isEmpty())
        note << tr("Dates read as %1.").arg(dateFormatLabel);
    else if (!o.dateFormat)
        note << tr("The date format cannot be told from the file: choose it.");
    if (purchases) {
        const bool amount = reader.columnOf("amount") >= 0;
        const bool price = reader.columnOf("unit_price") >= 0;
        const bool order = reader.columnOf("order_id") >= 0;
        if (amount)
            note << tr("Each line's amount is its %1 column.").arg(reader.columnOf("amount") + 1);
        else if (price)
            note << tr("Each line's amount is quantity \u00d7 unit price.");
        else
            note << tr("Choose the column for amount, or for unit price.");
        if (order)
            note << tr("Lines of one order, customer and day become one purchase; credit "
                       "notes (C…) and negative quantities are refunds.");
        note << tr("Lines without a customer (empty, NA, NULL, -) are skipped and counted.");
    }
    if (o.decimalSeparator == ',')
        note << tr("Amounts use a decimal comma.");
    return note;
}

QString ImportText::result(bool purchases, const ImportSummary& s) {
    QString text;
    if (purchases) {
        text = tr("<b>Imported.</b> %1 read: %2 (%3).")
                   .arg(counted(s.lines, tr("1 line"), tr("%1 lines")),
                        counted(s.rows, tr("1 purchase"), tr("%1 purchases")),
                        counted(s.refunds, tr("1 refund"), tr("%1 refunds")));
        if (s.mergedLines > 0)
            text += QLatin1Char(' ') +
                    counted(s.mergedLines, tr("1 line was added to the purchase of its order."),
                            tr("%1 lines were added to the purchase of their order."));
        if (s.skippedNoCustomer > 0)
            text += QLatin1Char(' ') + counted(s.skippedNoCustomer,
                                               tr("1 line without a customer was skipped."),
                                               tr("%1 lines without a customer were skipped."));
    } else {
        text = tr("<b>Imported.</b> %1 rows read.").arg(s.lines);
    }
    text += QStringLiteral("<br>") + tr("%1 added, %2 updated, %3 already present, %4 new "
                                        "customers, %5 rejected.")
                                         .arg(s.inserted)
                                         .arg(s.updated)
                                         .arg(s.duplicates)
                                         .arg(s.newCustomers)
                                         .arg(s.rejects.size());
    return text;
}

QString ImportText::groupedRejects(const std::vector<ImportIssue>& rejects,
                                   const std::string& fileName) {
    std::map<QString, std::size_t> byReason;
    for (const ImportIssue& issue : rejects)
        ++byReason[ErrorMessage::of(issue.fact)];
    std::vector<std::pair<std::size_t, QString>> reasons;
    for (const auto& [reason, count] : byReason)
        reasons.emplace_back(count, reason);
    std::sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QString text;
    for (const auto& [count, reason] : reasons)
        text += (count == 1 ? tr("1 row: %1").arg(reason)
                            : tr("%1 rows: %2").arg(numberText(count), reason)) +
                QLatin1Char('\n');
    if (!reasons.empty())
        text += QLatin1Char('\n');
    for (const ImportIssue& issue : rejects)
        text += ErrorMessage::of(issue, fileName) + QLatin1Char('\n');
    return text;
}

} // namespace cartera
