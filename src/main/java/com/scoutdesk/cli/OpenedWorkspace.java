package com.scoutdesk.cli;

import com.scoutdesk.service.Services;
import com.scoutdesk.service.bench.WorkspaceBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** An open workspace as the commands see it; closing it releases the database and the workspace lock. */
public interface OpenedWorkspace extends AutoCloseable {

    Services services();

    Path location();

    /** Configuration warnings (unknown keys) to show the user; errors never get this far. */
    List<String> warnings();

    WorkspaceBenchmark benchmark(Consumer<String> progress, int runs);

    @Override
    void close();
}
