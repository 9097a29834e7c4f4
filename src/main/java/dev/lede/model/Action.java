package dev.lede.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a key does in one mode. Each mode declares its own actions as an enum, with its handler and help
 * text beside them, and handles them in a switch expression, so an action without a case does not compile.
 * Actions of several modes may share a keys.json name ("up" moves in the list, the overview and the
 * speakers); rebinding the name rebinds all of them.
 */
public sealed interface Action permits BrowseMode.Act, OverviewMode.Act, SpeakersMode.Act, PromptMode.Act, ConfirmMode.Act {

    /**
     * An action's name, help text and default keys.
     *
     * @param jsonName how keys.json names it, or null when its keys are fixed (answering a prompt)
     */
    record Binding(String jsonName, String description, List<String> defaultKeys) {

        static Binding of(String jsonName, String description, String... defaultKeys) {
            return new Binding(jsonName, description, List.of(defaultKeys));
        }

        /** The same name and keys with this mode's help text ("up" moves between bars in the overview). */
        Binding describedAs(String otherDescription) {
            return new Binding(jsonName, otherDescription, defaultKeys);
        }
    }

    Binding binding();

    default String jsonName() {
        return binding().jsonName();
    }

    /** One line for the help. */
    default String description() {
        return binding().description();
    }

    default List<String> defaultKeys() {
        return binding().defaultKeys();
    }

    /** Every action of every mode, for checking keys.json and for tests that press every key. */
    static List<Action> all() {
        List<Action> all = new ArrayList<>();
        all.addAll(List.of(BrowseMode.Act.values()));
        all.addAll(List.of(OverviewMode.Act.values()));
        all.addAll(List.of(SpeakersMode.Act.values()));
        all.addAll(List.of(PromptMode.Act.values()));
        all.addAll(List.of(ConfirmMode.Act.values()));
        return all;
    }
}
