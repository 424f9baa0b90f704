import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (pom.xml, process-classes): writes a binary stylesheet ({@code .bss}) beside every {@code .css} in the
 * compiled classes. JavaFX loads the {@code .bss} in place of a {@code .css} of the same name when there is one, so
 * the window's first styling pass reads a ready stylesheet instead of parsing text with a cold parser (about 0.3 s of
 * the first dashboard, README "UI benchmark"). The {@code .css} stays the source; the {@code .bss} is made again on
 * every build.
 *
 * <pre>java -cp CLASSPATH src/build/java/BinaryStylesheets.java target/classes</pre>
 */
public final class BinaryStylesheets {

    private BinaryStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sheets = files.filter(p -> p.getFileName().toString().endsWith(".css")).toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - 4) + ".bss");
            try {
                Stylesheet.convertToBinary(css.toFile(), bss.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the binary stylesheet of " + css, e);
            }
        }
        System.out.printf("Binary stylesheets: %d written under %s%n", sheets.size(), args[0]);
    }
}
