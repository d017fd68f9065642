package dev.lockstep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.discover.Pair;
import dev.lockstep.parse.Position;
import dev.lockstep.parse.syntax.Flavor;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A record whose {@code equals} and {@code hashCode} are written out (to spare a short run the linking of the
 * generated ones: {@code Pair}, {@code Position}, {@code Flavor}) still compares every component and hashes as the
 * generated ones do, so that a component added later without a line in them fails here instead of making two
 * different values equal.
 */
class RecordMethodsTest {
    /** The records of the main code whose equals and hashCode are the generated ones written out: list a new one here. */
    private static final List<Class<?>> WRITTEN_OUT = List.of(Pair.class, Position.class, Flavor.class);

    @Test
    void writtenOutEqualsAndHashCodeCoverEveryComponent() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : WRITTEN_OUT) problems.addAll(problems(type));
        assertThat(problems).isEmpty();
    }

    @Test
    void aComponentLeftOutIsFound() throws Exception {
        assertThat(problems(Forgetful.class)).containsExactly(
                "Forgetful: equal though count differs", "Forgetful: hashCode is not the generated one");
        assertThat(problems(Generated.class)).isEmpty();
    }

    /** Equals as it was written before {@code count} was added. */
    private record Forgetful(String name, int count) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Forgetful f && Objects.equals(f.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(name);
        }
    }

    private record Generated(String name, int count, boolean flag) {
    }

    /**
     * What is wrong with the record's equals and hashCode: a copy must be equal with the same hash, a value that
     * differs in any one component must not be equal, and the hash must be the one the generated method gives.
     */
    private static List<String> problems(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(types[i], 0);
        }
        Constructor<?> make = type.getDeclaredConstructor(types);
        make.setAccessible(true);
        Object value = make.newInstance(values);
        List<String> problems = new ArrayList<>();
        Object copy = make.newInstance(values.clone());
        if (!value.equals(copy) || value.hashCode() != copy.hashCode()) {
            problems.add(type.getSimpleName() + ": a copy is not equal, or hashes otherwise");
        }
        if (value.equals(null)) problems.add(type.getSimpleName() + ": equal to null");
        for (int i = 0; i < components.length; i++) {
            Object[] other = values.clone();
            other[i] = sample(types[i], 1);
            if (value.equals(make.newInstance(other))) {
                problems.add(type.getSimpleName() + ": equal though " + components[i].getName() + " differs");
            }
        }
        int generated = 0; // java.lang.runtime.ObjectMethods: 31 * h + the component's hash, in order
        for (Object v : values) generated = 31 * generated + Objects.hashCode(v);
        if (value.hashCode() != generated) problems.add(type.getSimpleName() + ": hashCode is not the generated one");
        return problems;
    }

    /** Two different values of each component type the records use. */
    private static Object sample(Class<?> type, int which) {
        if (type == String.class) return which == 0 ? "a" : "b";
        if (type == int.class) return which == 0 ? 1 : 2;
        if (type == long.class) return which == 0 ? 1L : 2L;
        if (type == boolean.class) return which == 1;
        if (type.isEnum()) return type.getEnumConstants()[which];
        throw new IllegalArgumentException("no sample of " + type + ": add two values here");
    }
}
