package org.umbra.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What the window needs at start-up, prepared off the FX thread: the settings and the
 * database (with any notice: a corrupt settings file, a damaged database moved aside), the store where they are saved, and the opened application context.
 */
public record Startup(AppContext context, SettingsStore settingsStore, DataDirs dirs, Optional<String> notice) {

    /** Opens everything the raw command-line parameters name; throws with a clear message on failure. */
    public static Startup open(List<String> rawParameters) {
        Cli cli = GuiLauncher.parse(rawParameters);
        DataDirs dirs = DataDirs.forCurrentUser();
        SettingsStore store = new SettingsStore(dirs.settingsFile());
        SettingsStore.Loaded loaded = store.load();
        Settings settings = loaded.settings();
        for (var e : cli.endpoints.entrySet()) {
            settings = settings.withEndpoint(e.getKey(), e.getValue());
        }
        Settings effective = settings;
        AppContext ctx = new AppContext(cli.databaseFile(dirs, effective), effective, Clock.systemUTC());
        String notices = java.util.stream.Stream.of(loaded.notice(), ctx.notice()).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.joining(" "));
        return new Startup(ctx, store, dirs, notices.isEmpty() ? Optional.empty() : Optional.of(notices));
    }
}
