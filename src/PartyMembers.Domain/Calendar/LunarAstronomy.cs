namespace PartyMembers.Domain.Calendar;

// The Vietnamese lunar calendar is defined by astronomy, not by a rule of thumb: a month starts
// on the local day of a new moon and the leap month is the first month without a major solar
// term. The low-precision series below (after Jean Meeus) are the ones the widely published
// Vietnamese calendar tables are computed with; using a more precise ephemeris would move a
// handful of near-midnight new moons and disagree with the calendars people actually hang on
// their walls, so the coefficients are kept as they are.
internal static class LunarAstronomy
{
    // Vietnam has used UTC+7 for its calendar since 1968; China uses UTC+8, which is why the two
    // New Years occasionally fall on different days (1985, 2007, ...).
    internal const double TimeZoneHours = 7.0;

    // Julian day of the first new moon of 1900 (lunation k = 0) and the mean synodic month.
    internal const double FirstNewMoonOf1900 = 2415021.076998695;
    internal const double MeanSynodicMonth = 29.530588853;

    // DateOnly.DayNumber counts from 0001-01-01 (proleptic Gregorian), whose Julian day number is this.
    private const int JulianDayOfDayNumberZero = 1721426;

    private const double DegreesToRadians = Math.PI / 180.0;

    internal static int ToJulianDay(int dayNumber) => dayNumber + JulianDayOfDayNumberZero;

    internal static int ToDayNumber(int julianDay) => julianDay - JulianDayOfDayNumberZero;

    // Index of the lunation whose mean new moon is the last one on or before the given Julian day.
    // The true new moon may differ from the mean one by well under a day, so callers that need an
    // exact answer check the neighbours.
    internal static int MeanLunationBefore(int julianDay) =>
        (int)Math.Floor((julianDay - FirstNewMoonOf1900) / MeanSynodicMonth);

    // Julian day number of the local (UTC+7) calendar day on which lunation k begins.
    internal static int NewMoonDay(int k) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + (TimeZoneHours / 24.0));

    // Which 30-degree sector of ecliptic longitude the sun is in at local midnight starting the
    // given day. Major terms sit on the sector boundaries, so a month whose first day and the first
    // day of the following month share a sector contains no major term.
    internal static int SolarSector(int julianDay)
    {
        var localMidnightUniversalTime = julianDay - 0.5 - (TimeZoneHours / 24.0);
        return (int)Math.Floor(SunLongitudeDegrees(localMidnightUniversalTime) / 30.0);
    }

    // Moment (Julian day, universal time) of the k-th new moon counted from January 1900.
    private static double NewMoon(int k)
    {
        var t = k / 1236.85; // Julian centuries since 1900
        var t2 = t * t;
        var t3 = t2 * t;

        var meanPhase = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Sin(166.56 + (132.87 * t) - (0.009173 * t2)));

        var sunAnomaly = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var moonAnomaly = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var moonLatitude = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);

        var periodicTerms =
            ((0.1734 - (0.000393 * t)) * Sin(sunAnomaly))
            + (0.0021 * Sin(2 * sunAnomaly))
            - (0.4068 * Sin(moonAnomaly))
            + (0.0161 * Sin(2 * moonAnomaly))
            - (0.0004 * Sin(3 * moonAnomaly))
            + (0.0104 * Sin(2 * moonLatitude))
            - (0.0051 * Sin(sunAnomaly + moonAnomaly))
            - (0.0074 * Sin(sunAnomaly - moonAnomaly))
            + (0.0004 * Sin((2 * moonLatitude) + sunAnomaly))
            - (0.0004 * Sin((2 * moonLatitude) - sunAnomaly))
            - (0.0006 * Sin((2 * moonLatitude) + moonAnomaly))
            + (0.0010 * Sin((2 * moonLatitude) - moonAnomaly))
            + (0.0005 * Sin(sunAnomaly + (2 * moonAnomaly)));

        // The series yields dynamical time; the calendar is kept in civil (universal) time.
        var deltaT = -0.000278 + (0.000265 * t) + (0.000262 * t2);

        return meanPhase + periodicTerms - deltaT;
    }

    // Apparent-enough geometric longitude of the sun in degrees, in [0, 360).
    private static double SunLongitudeDegrees(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525.0; // Julian centuries since J2000.0
        var t2 = t * t;

        var meanAnomaly = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t2 * t);
        var meanLongitude = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var equationOfCentre =
            ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Sin(2 * meanAnomaly))
            + (0.000290 * Sin(3 * meanAnomaly));

        var longitude = (meanLongitude + equationOfCentre) % 360.0;
        return longitude < 0 ? longitude + 360.0 : longitude;
    }

    private static double Sin(double degrees) => Math.Sin(degrees * DegreesToRadians);
}
