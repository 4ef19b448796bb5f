// French public holidays for any year (proleptic Gregorian calendar): the eleven national ones
// (code du travail L3133-1), the Easter-based ones computed by the Gregorian computus, the two
// extra days of Alsace-Moselle (code du travail L3134-13: Vendredi saint, 26 décembre) and the
// commemoration of the abolition of slavery in each overseas territory (loi 83-550, décret
// 83-1003 as amended). The sources are listed in holidays.cpp next to the table.
#pragma once
#include <vector>

#include "calendar/calendar_marks.h"
#include "calendar/territory.h"

namespace parvis::calendar {

// Easter Sunday of `year` (Gregorian computus, « Meeus/Jones/Butcher »): 2027-03-28, 2038-04-25.
Day easter_sunday(int year);

// The holidays of `territory` whose day falls in `range`, sorted by day.
std::vector<CalendarMark> holidays_in(DayRange range, Territory territory);

// True when `day` is a public holiday (national or local) in `territory`.
bool is_holiday(Day day, Territory territory);

}  // namespace parvis::calendar
