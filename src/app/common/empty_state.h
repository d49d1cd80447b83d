#pragma once

#include <QLabel>

class QAbstractItemView;

namespace cartera {

// A message in the middle of a list that has no rows, so that an empty result reads as an
// answer ("nothing matches") rather than as a screen that failed to load. The text may hold
// links; linkActivated reports them.
class EmptyState : public QLabel {
    Q_OBJECT
  public:
    EmptyState(QAbstractItemView* view, const QString& text);

    // Only while armed does an empty model show the text: a view whose data is still being
    // computed is not "empty".
    void setArmed(bool armed);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void refresh();

    QAbstractItemView* m_view;
    bool m_armed = false;
};

} // namespace cartera
