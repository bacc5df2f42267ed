package org.ganstudio.ui.game;

/**
 * Reads the teacher's count of a show of hands ("said real: 12, said fake: 9", and the class size if given) into
 * numbers, or says what is wrong with it.
 */
final class ClassCounts {

    /** What can be wrong with the typed counts. */
    enum Problem {
        EMPTY,
        NOT_A_NUMBER,
        NEGATIVE,
        NO_HANDS,
        BAD_CLASS_SIZE,
        MORE_THAN_CLASS
    }

    /** Either the two counts, or a problem (then the counts are 0). */
    record Result(int saidReal, int saidFake, Problem problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private ClassCounts() {
    }

    /** @param classSize the number of students, or blank when the teacher did not say */
    static Result parse(String saidReal, String saidFake, String classSize) {
        Integer size = null;
        if (classSize != null && !classSize.isBlank()) {
            Long s = number(classSize);
            if (s == null || s <= 0 || s > Integer.MAX_VALUE) {
                return fail(Problem.BAD_CLASS_SIZE);
            }
            size = s.intValue();
        }
        if (saidReal == null || saidReal.isBlank() || saidFake == null || saidFake.isBlank()) {
            return fail(Problem.EMPTY);
        }
        Long real = number(saidReal);
        Long fake = number(saidFake);
        if (real == null || fake == null) {
            return fail(Problem.NOT_A_NUMBER);
        }
        if (real < 0 || fake < 0) {
            return fail(Problem.NEGATIVE);
        }
        if (real + fake == 0) {
            return fail(Problem.NO_HANDS);
        }
        if (size != null && real + fake > size || real + fake > Integer.MAX_VALUE) {
            return fail(Problem.MORE_THAN_CLASS);
        }
        return new Result(real.intValue(), fake.intValue(), null);
    }

    private static Result fail(Problem p) {
        return new Result(0, 0, p);
    }

    /** A whole number (full-width digits, as a Chinese keyboard types them, count too), or null. */
    private static Long number(String text) {
        String t = text.strip();
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                ascii.append((char) ('0' + c - '\uFF10'));
            } else if (c == '\uFF0D') {
                ascii.append('-');
            } else {
                ascii.append(c);
            }
        }
        if (!ascii.toString().matches("-?[0-9]{1,12}")) {
            return null;
        }
        return Long.parseLong(ascii.toString());
    }
}
