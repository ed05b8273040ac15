package org.plainpolicy.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.VersionKey;
import org.plainpolicy.render.Messages;
import org.plainpolicy.render.Theme;

/**
 * The change kinds are one table ({@link ChangeKind}, {@link NotAChange}) that accounts for every
 * field of the model: this walks the records a version is made of, component by component, and
 * fails on a field that is neither compared nor set apart with a reason.
 */
class ChangeKindTableTest {

    @Test
    void everyFieldOfTheModelIsComparedOrSetApartWithAReason() {
        Set<String> accounted = new HashSet<>();
        Arrays.stream(ChangeKind.values()).forEach(kind -> accounted.addAll(kind.fields()));
        Arrays.stream(NotAChange.values()).forEach(reason -> accounted.addAll(reason.fields()));
        Set<String> fields = modelFields();
        Set<String> missing = new TreeSet<>(fields);
        missing.removeAll(accounted);
        assertEquals(Set.of(), missing, "fields with no change kind and no reason in NotAChange");
        Set<String> stale = new TreeSet<>(accounted);
        stale.removeAll(fields);
        assertEquals(Set.of(), stale, "entries of the table that name no field of the model");
    }

    @Test
    void noFieldIsBothComparedAndSetApart() {
        Set<String> compared = new HashSet<>();
        Arrays.stream(ChangeKind.values()).forEach(kind -> compared.addAll(kind.fields()));
        for (NotAChange reason : NotAChange.values()) {
            reason.fields().forEach(field -> assertTrue(!compared.contains(field), field + " is both"));
        }
    }

    @Test
    void everyKindHasItsSentenceInEnglish() {
        Messages english = Theme.load(Path.of("no-overrides")).messages("en");
        for (ChangeKind kind : ChangeKind.values()) {
            assertTrue(!english.get(kind.message()).isBlank(), kind + " has no sentence");
        }
        for (ChangeKind.Weight weight : ChangeKind.Weight.values()) {
            assertTrue(!english.get(weight.heading()).isBlank(), weight + " has no heading");
        }
    }

    /** Every component of every model record reachable from a version, as {@code Record.component}. */
    private static Set<String> modelFields() {
        Set<String> fields = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(PolicyVersion.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            // A version's key, and where a value was written, are set apart whole (NotAChange), not walked into.
            if (!seen.add(type) || type == VersionKey.class || type == Origin.class || type == Position.class) {
                continue;
            }
            if (type.isSealed()) {
                todo.addAll(List.of(type.getPermittedSubclasses()));
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(type.getSimpleName() + "." + component.getName());
                modelTypes(component.getGenericType(), todo);
            }
        }
        return fields;
    }

    /** The model's records and sealed interfaces a type names, through Optional, List and Map. */
    private static void modelTypes(Type type, Deque<Class<?>> todo) {
        if (type instanceof ParameterizedType parameterized) {
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> modelTypes(argument, todo));
        } else if (type instanceof Class<?> c && c.getPackageName().equals("org.plainpolicy.model")
                && (c.isRecord() || c.isSealed())) {
            todo.add(c);
        }
    }
}
