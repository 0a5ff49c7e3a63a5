package io.secpillar.report.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/** Logos that would be dropped without a word, or would eat the memory, are named instead. */
class LogoImageTest {

    @TempDir
    Path dir;

    @Test
    void aSensibleLogoPasses() throws Exception {
        Path png = dir.resolve("logo.png");
        ImageIO.write(new BufferedImage(320, 100, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertThat(LogoImage.problem(png)).isEmpty();
    }

    @Test
    void aHugeFakeOrMissingLogoIsNamedWithoutDecodingIt() throws Exception {
        Path huge = Files.write(dir.resolve("huge.png"), pngHeader(20000, 20000));
        assertThat(LogoImage.problem(huge)).contains("The logo huge.png is 20000×20000 pixels; a logo may be at most"
                + " 4000×4000.");
        Path fake = Files.writeString(dir.resolve("fake.png"), "<svg>not really a png</svg>");
        assertThat(LogoImage.problem(fake)).contains("The logo fake.png is not a PNG or JPEG image.");
        Path gif = dir.resolve("logo.gif");
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif", gif.toFile());
        assertThat(LogoImage.problem(gif)).contains("The logo logo.gif is a GIF image; use PNG or JPEG.");
        assertThat(LogoImage.problem(dir.resolve("none.png"))).hasValueSatisfying(p -> assertThat(p).contains("does not exist"));
    }

    /** A PNG signature and IHDR chunk only: enough for a reader to see the size, nothing to decode. */
    private static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
