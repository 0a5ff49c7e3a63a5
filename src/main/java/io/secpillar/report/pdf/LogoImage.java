package io.secpillar.report.pdf;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a branding logo before it is drawn: a PNG or JPEG of sensible size. Only the image's header is read,
 * so a 20000×20000 picture is refused without decoding it (that alone would need 1.6 GB of memory).
 */
public final class LogoImage {

    public static final int MAX_SIDE = 4000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private LogoImage() {
    }

    /** Why the file cannot be the report's logo, in a sentence; empty when it can. */
    public static Optional<String> problem(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.of("The logo " + file + " does not exist or cannot be read.");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.of("The logo " + file.getFileName() + " is larger than 10 MB.");
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return Optional.of("The logo " + file.getFileName() + " is not a PNG or JPEG image.");
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                    if (!format.equals("png") && !format.equals("jpeg")) {
                        return Optional.of("The logo " + file.getFileName() + " is a " + format.toUpperCase(Locale.ROOT)
                                + " image; use PNG or JPEG.");
                    }
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    if (w > MAX_SIDE || h > MAX_SIDE) {
                        return Optional.of("The logo " + file.getFileName() + " is " + w + "×" + h + " pixels; a logo"
                                + " may be at most " + MAX_SIDE + "×" + MAX_SIDE + ".");
                    }
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("The logo " + file.getFileName() + " cannot be read as an image (it may be damaged).");
        }
        return Optional.empty();
    }
}
