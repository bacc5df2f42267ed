package org.ganstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How option values are read, for every command alike. Each converter's message completes a sentence
 * that starts with the option's name ({@code --steps must be a whole number, got 'x'}); {@link Cli} puts
 * the two together.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** An enum written in lower case with '-' for '_' ({@code non-saturating}), any case accepted. */
    static final class Choice<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;

        Choice(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            String key = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(key)) {
                    return e;
                }
            }
            throw new TypeConversionException("must be one of " + words(type) + ", got '" + value + "'");
        }
    }

    /** A preset by its name ({@code fast}, any case); an unknown name gets the list of names. */
    static final class PresetName implements ITypeConverter<org.ganstudio.model.Preset> {
        @Override
        public org.ganstudio.model.Preset convert(String value) {
            return org.ganstudio.model.Preset.named(value).orElseThrow(() -> new TypeConversionException(
                    "must be one of " + org.ganstudio.model.Preset.names() + ", got '" + value + "'"));
        }
    }

    /** Seconds of training, one or more comma-separated positive numbers in increasing order: "30,60,120". */
    static double[] secondsList(String option, String value) throws CliException {
        String[] parts = value.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new CliException(option + ": must be seconds such as 60 or 30,60,120, got '" + value + "'");
            }
            if (!(out[i] > 0 && out[i] <= 1e7) || (i > 0 && out[i] <= out[i - 1])) {
                throw new CliException(option + ": must be positive seconds in increasing order, got '" + value
                        + "'");
            }
        }
        return out;
    }

    /** The command-line words of an enum: "auto, cpu, gpu". */
    static String words(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(OptionValues::word).collect(Collectors.joining(", "));
    }

    static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final class WholeNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a whole number, got '" + value + "'");
            }
        }
    }

    static final class LongNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a whole number, got '" + value + "'");
            }
        }
    }

    /** A file that exists and can be read (not a folder). */
    static final class ReadableFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = Path.of(value);
            if (!Files.exists(p)) {
                throw new TypeConversionException("must name an existing file, got '" + value + "'");
            }
            if (Files.isDirectory(p)) {
                throw new TypeConversionException("must name a file, got the folder '" + value + "'");
            }
            if (!Files.isReadable(p)) {
                throw new TypeConversionException("must name a readable file, got '" + value + "' (permissions)");
            }
            return p;
        }
    }

    /** {@code value} if within [min, max], else bad input naming the option. */
    static int within(String option, int value, int min, int max) throws CliException {
        if (value < min || value > max) {
            throw new CliException(option + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
