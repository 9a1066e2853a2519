package org.lianggang.cli;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates the command objects of the parse before Spring starts. A subcommand's collaborators are Spring beans,
 * so here its constructor gets null for each: the object only receives the parsed options and is thrown away,
 * unless it {@link RunsWithoutSpring}. Everything else (mixins, converters) is picocli's default.
 */
final class ParseOnlyFactory implements CommandLine.IFactory {

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        if (constructors.length != 1 || constructors[0].getParameterCount() == 0) {
            return CommandLine.defaultFactory().create(type);
        }
        Constructor<?> constructor = constructors[0];
        Object[] none = new Object[constructor.getParameterCount()];
        Class<?>[] parameters = constructor.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            none[i] = parameters[i].isPrimitive() ? Array.get(Array.newInstance(parameters[i], 1), 0) : null;
        }
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(none));
    }
}
