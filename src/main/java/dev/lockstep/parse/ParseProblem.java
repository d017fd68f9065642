package dev.lockstep.parse;

/** Something in a file that could not be read as intended; reported as a finding, never thrown. */
public record ParseProblem(String code, Position position, String message) {
}
