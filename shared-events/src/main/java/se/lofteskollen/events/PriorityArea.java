package se.lofteskollen.events;

/**
 * One of a promise's own priority areas, as its cooperation agreement numbers and names them: Västervik's
 * 2025 promise has eight ({@code 6}, "Brottskoncentrationer kopplade till tider och platser"), another promise
 * other ones. A commitment names its area by the code.
 */
public record PriorityArea(String code, String name) {
}
