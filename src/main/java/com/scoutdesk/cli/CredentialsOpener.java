package com.scoutdesk.cli;

import com.scoutdesk.service.CredentialService;
import java.nio.file.Path;
import java.util.Optional;

/** The user's credentials, reached without opening the workspace's database; implemented by the composition root. */
@FunctionalInterface
public interface CredentialsOpener {

    /**
     * @param workspace the {@code --workspace} option, if given: read for an old scoutdesk.properties and base URLs
     */
    CredentialService open(Optional<Path> workspace);
}
