package com.scoutdesk.app.uibench;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.RangeSlider;

/**
 * The filter changes {@code bench ui} times, each made on the real control of the filter bar as a scout would (the
 * text typed in full, a picker chosen, the slider's thumbs moved), and undone again before the next one, so every
 * timed query runs over the whole workspace with one condition, as {@code bench}'s query kinds do. Search and the
 * score slider wait for the input to settle; their query starts after that pause.
 */
enum FilterKind {

    SEARCH("search (timed from the end of the typing pause)", true) {
        private final String[] words = {"neon", "hearts", "mara", "the quiet", "okafor", "summer", "feat", "golden",
            "ghost", "records", "lo", "vell"};

        @Override
        void change(Parent root, int n) {
            control(root, "#search", TextField.class).setText(words[n % words.length]);
        }

        @Override
        void reset(Parent root) {
            control(root, "#search", TextField.class).setText("");
        }
    },
    WEEK("week", false) {
        @Override
        void change(Parent root, int n) {
            ComboBox<?> weeks = control(root, "#week-filter", ComboBox.class);
            int choices = weeks.getItems().size() - 1; // the first item is "All weeks"
            if (choices < 1) {
                throw new IllegalStateException("the workspace has no tracking week to filter by");
            }
            weeks.getSelectionModel().select(1 + n % choices);
        }

        @Override
        void reset(Parent root) {
            control(root, "#week-filter", ComboBox.class).getSelectionModel().select(0);
        }
    },
    SCORE_RANGE("score range (timed from the end of the drag pause)", true) {
        @Override
        void change(Parent root, int n) {
            RangeSlider slider = control(root, "#score-range", RangeSlider.class);
            double low = 1 + n % 7;
            slider.setLowValue(low);
            slider.setHighValue(low + 2 + n % 2);
        }

        @Override
        void reset(Parent root) {
            RangeSlider slider = control(root, "#score-range", RangeSlider.class);
            slider.setHighValue(slider.getMax());
            slider.setLowValue(slider.getMin());
        }
    },
    COMPLETENESS("completeness flag", false) {
        @Override
        void change(Parent root, int n) {
            List<ComboBox<?>> parts = parts(root);
            // has or lacks one part; the first item of each is "any"
            parts.get(n % parts.size()).getSelectionModel().select(1 + n / parts.size() % 2);
        }

        @Override
        void reset(Parent root) {
            parts(root).forEach(part -> part.getSelectionModel().select(0));
        }
    };

    private final String label;
    private final boolean settles;

    FilterKind(String label, boolean settles) {
        this.label = label;
        this.settles = settles;
    }

    /** As printed. */
    String label() {
        return label;
    }

    /** Whether the dashboard waits for the input to settle before querying (the search debounce). */
    boolean settles() {
        return settles;
    }

    /** Changes the control; {@code n} counts the changes of this kind and picks the value. */
    abstract void change(Parent root, int n);

    /** Puts the control back to "any". */
    abstract void reset(Parent root);

    private static <T> T control(Parent root, String id, Class<T> type) {
        Node node = root.lookup(id);
        if (!type.isInstance(node)) {
            throw new IllegalStateException("the filter bar has no " + type.getSimpleName() + " " + id);
        }
        return type.cast(node);
    }

    private static List<ComboBox<?>> parts(Parent root) {
        List<ComboBox<?>> parts = root.lookupAll(".combo-box").stream()
                .filter(n -> n instanceof ComboBox && n.getId() != null && n.getId().startsWith("completeness-"))
                .sorted(Comparator.comparing(Node::getId))
                .map(n -> (ComboBox<?>) n)
                .collect(Collectors.toList());
        if (parts.isEmpty()) {
            throw new IllegalStateException("the filter bar has no completeness choices");
        }
        return parts;
    }
}
