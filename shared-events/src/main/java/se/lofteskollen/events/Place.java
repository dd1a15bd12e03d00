package se.lofteskollen.events;

/** A public place (a square, a street, a park), never a person's address. Coordinates are optional. */
public record Place(String name, String area, Double lat, Double lon) {
}
