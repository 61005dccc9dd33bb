/* solar_hijri.h: the Solar Hijri ("shamsi") calendar of Iran and Afghanistan,
 * to and from the Gregorian calendar.
 *
 * Iran and Afghanistan count the days in the same way: the year begins at
 * Nowruz, on the March equinox (1 Farvardin in Iran, 1 Hamal in Afghanistan),
 * months 1-6 have 31 days, months 7-11 have 30 and the last month 29, or 30
 * in a leap year. Only the month names differ: Farvardin, Ordibehesht,
 * Khordad, Tir, Mordad, Shahrivar, Mehr, Aban, Azar, Dey, Bahman, Esfand in
 * Iran; Hamal, Sawr, Jawza, Saratan, Asad, Sonbola, Mizan, Aqrab, Qaws,
 * Jadi, Dalw, Hut in Dari (Pashto has names of its own). Month numbers are
 * the same, so one set of functions serves both.
 *
 * Only the Solar Hijri years SOLAR_HIJRI_MIN_YEAR to SOLAR_HIJRI_MAX_YEAR
 * (21 March 1921 to 20 March 2122) are converted; solar_hijri.c says why.
 * Nothing here allocates, reads the locale or keeps state. */
#ifndef PUTOKAZ_SOLAR_HIJRI_H
#define PUTOKAZ_SOLAR_HIJRI_H

#include <stdbool.h>

#include "dates.h"

#define SOLAR_HIJRI_MIN_YEAR 1300
#define SOLAR_HIJRI_MAX_YEAR 1500

/* A day in the Solar Hijri calendar: year, month 1..12 (1 = Farvardin/Hamal), day 1..31. */
struct solar_hijri {
	int y, m, d;
};

/* The Solar Hijri date of a Gregorian date; 0, or -1 outside the years it
 * is exact for (or if g is not a real day). */
int solar_hijri_from_gregorian(struct date g, struct solar_hijri *out);
/* The Gregorian date of a Solar Hijri date; 0 or -1 (invalid or out of range). */
int solar_hijri_to_gregorian(struct solar_hijri s, struct date *out);
/* Days in month m of Solar Hijri year y (31 for months 1-6, 30 for 7-11,
 * 29 or 30 for 12); 0 for a month outside 1..12 or a year out of range. */
int solar_hijri_days_in_month(int y, int m);
/* Whether year y has 366 days (30 Esfand/Hut); false for a year out of range. */
bool solar_hijri_leap(int y);

#endif
