package com.scoutdesk.ui;

import com.scoutdesk.service.Services;
import java.nio.file.Path;

/**
 * Opens another workspace folder in the running window, so a scout whose workspace is in use (or broken) need not
 * restart ScoutDesk with other options. Called on a background thread: opening takes seconds.
 */
@FunctionalInterface
public interface WorkspaceSwitcher {

    /**
     * @return the folder's services, open
     * @throws RuntimeException when the folder cannot be opened; its message is shown as is
     */
    Services open(Path folder);
}
