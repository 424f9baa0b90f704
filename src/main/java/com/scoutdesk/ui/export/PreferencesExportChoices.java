package com.scoutdesk.ui.export;

import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the export dialog's choices in the user's Java preferences, node {@code com/scoutdesk/export}. Names that
 * a later version no longer knows are skipped, so an old choice never stops the dialog from opening.
 */
public final class PreferencesExportChoices implements ExportChoices {

    static final String NODE = "com/scoutdesk/export";
    private static final String COLUMNS = "columns";
    private static final String GRANULARITY = "granularity";
    private static final String FOR_EXCEL = "forExcel";
    private static final String FOLDER = "folder";
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesExportChoices.class);

    private final Preferences node;

    public PreferencesExportChoices() {
        this(Preferences.userRoot().node(NODE));
    }

    /** For tests: any preferences node. */
    public PreferencesExportChoices(Preferences node) {
        this.node = node;
    }

    @Override
    public Optional<ExportChoice> load() {
        String columns = node.get(COLUMNS, null);
        if (columns == null) {
            return Optional.empty();
        }
        List<ExportColumn> chosen = Arrays.stream(columns.split(",")).map(ExportColumn::fromName)
                .flatMap(Optional::stream).distinct().sorted().toList();
        ExportGranularity granularity = Arrays.stream(ExportGranularity.values())
                .filter(g -> g.name().equals(node.get(GRANULARITY, ""))).findFirst().orElse(ExportGranularity.TRACK);
        return Optional.of(new ExportChoice(chosen, granularity, node.getBoolean(FOR_EXCEL, true)));
    }

    @Override
    public void save(ExportChoice choice) {
        node.put(COLUMNS, choice.columns().stream().map(Enum::name).collect(Collectors.joining(",")));
        node.put(GRANULARITY, choice.granularity().name());
        node.putBoolean(FOR_EXCEL, choice.forExcel());
        flush();
    }

    @Override
    public Optional<Path> lastFolder() {
        try {
            return Optional.ofNullable(node.get(FOLDER, null)).map(Path::of);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public void saveLastFolder(Path folder) {
        node.put(FOLDER, folder.toAbsolutePath().toString());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing the choice is harmless: the next export starts from the defaults.
            LOG.warn("Could not save the export choices: {}", e.getMessage());
        }
    }
}
