/**
 * Words that say where within a place: "in northern Lagos", "in rural Kansas",
 * "the country's southwestern Balochistan province". They sit between a preposition or owner
 * and a place name without changing which place is meant.
 */
export const COMPASS_WORDS =
  /^(north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|rural|suburban|downtown|coastal)$/;
