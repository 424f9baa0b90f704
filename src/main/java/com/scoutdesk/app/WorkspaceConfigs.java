package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.integration.webplayer.ChromiumLocator;
import com.scoutdesk.service.WorkspaceConfigService;
import com.scoutdesk.service.WorkspaceSetting;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Wires the Settings page's scoutdesk.properties use case to the configuration's own checks and Chromium search. */
final class WorkspaceConfigs {

    private WorkspaceConfigs() {
    }

    static WorkspaceConfigService of(Path workspace, ScoutDeskConfig config) {
        Map<WorkspaceSetting, String> inEffect = new EnumMap<>(WorkspaceSetting.class);
        for (WorkspaceSetting setting : WorkspaceSetting.values()) {
            inEffect.put(setting, config.get(ConfigKey.valueOf(setting.name())));
        }
        return new WorkspaceConfigService(workspace,
                (setting, value) -> ConfigKey.valueOf(setting.name()).problemWith(value), inEffect,
                ChromiumLocator::find);
    }
}
