#pragma once

namespace cartera {

// How the app keeps its resident memory near what it holds.
//
// glibc gives threads that allocate their own heaps (up to eight per core) and keeps what each
// freed: at a million customers the analysis threads' heaps held ~130 MB at the peak that no
// snapshot used any more. One heap per core keeps the app's resident memory nearer to what it
// holds. (Handing free pages back after each snapshot, malloc_trim, saved another 90 MB but
// locks the heaps long enough to stall the window by 70-100 ms: not done.) Arrays of 8 MB and
// more are mapped on their own, so that a date's columns go back to the system once the next
// date replaces them: 50-80 MB less at the peak, for some 40 ms of page faults more when a new
// as-of date's columns are first written (on a worker, below the window's priority).
// And portfolio files are read without a memory map: while a million customers load, the map's
// pages (300 MB) counted as the app's own; reading them through SQLite's small cache costs the
// load nothing measurable.
void limitMemory();

} // namespace cartera
