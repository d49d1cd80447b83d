#pragma once

#include "core/review/portfolio_review.h"

#include <QByteArray>
#include <QString>

namespace cartera {

// The portfolio review as an A4 PDF, the thing to bring to a meeting: title and as-of date,
// the overview figures and the cohort flow (page 1), the stages over the year and the Pareto
// curve with its headline (page 2), the top customers, the promotion candidates and the
// recovery figures (page 3). Words go through Qt's translation (context "ReviewPdf"), numbers
// through QLocale's default. Needs a QGuiApplication (fonts).
QByteArray reviewPdf(const PortfolioReview& review, const QString& portfolioName);

// The same, written like every export: atomically and owner-only. Throws FileError.
void writeReviewPdf(const PortfolioReview& review, const QString& portfolioName,
                    const QString& path);

inline constexpr int kReviewPages = 3;

} // namespace cartera
