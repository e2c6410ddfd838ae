#pragma once
// Lets the GUI tests prove that heavy work never runs on the GUI thread: the places that
// recognise, render, encode or derive keys call record("what"); a test enables the probe and
// reads back the threads. Disabled (a single atomic load) in normal runs.

#include <QString>

class QThread;

namespace vo::ui::probe {

void enable(bool on);
void record(const QString& what);
// Every thread `what` was recorded on, in order; empty if never.
QList<QThread*> threadsOf(const QString& what);
void reset();

}  // namespace vo::ui::probe
