package se.lofteskollen.command.dispatch;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds a command's target aggregate as Axon's {@link AnnotationCommandTargetResolver} does (the field or method
 * annotated {@link TargetAggregateIdentifier}), but looks for that member once per command class instead of on every
 * command: Axon's walks every field and method of the command and their annotations each time, about 2 % of the
 * command-service's CPU per report. A class it cannot settle this way (no such member, or a
 * {@link TargetAggregateVersion}, which no command here uses), or a command whose identifier is null, goes to Axon's
 * resolver, which answers or refuses it as it always has. Axon takes the one {@link CommandTargetResolver} bean as
 * every aggregate's.
 */
@Component
public class RememberedCommandTargets implements CommandTargetResolver {

    private final CommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();
    private final ClassValue<Optional<AccessibleObject>> identifiers = new ClassValue<>() {
        @Override
        protected Optional<AccessibleObject> computeValue(Class<?> command) {
            return identifierOf(command);
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Optional<AccessibleObject> identifier = payload == null ? Optional.empty() : identifiers.get(payload.getClass());
        Object id = identifier.map(member -> valueOf(member, payload)).orElse(null);
        return id == null ? axons.resolveTarget(command) : new VersionedAggregateIdentifier(id, null);
    }

    /** The one member to read the identifier from, if the class has one and no version. */
    private static Optional<AccessibleObject> identifierOf(Class<?> command) {
        if (annotated(command, TargetAggregateVersion.class).findAny().isPresent()) {
            return Optional.empty();
        }
        return annotated(command, TargetAggregateIdentifier.class).findFirst().map(ReflectionUtils::ensureAccessible);
    }

    /** Fields first, then methods, as Axon's resolver looks. */
    private static Stream<AccessibleObject> annotated(Class<?> command, Class<? extends Annotation> annotation) {
        Stream<Field> fields = StreamSupport.stream(ReflectionUtils.fieldsOf(command).spliterator(), false)
                .filter(field -> !Modifier.isStatic(field.getModifiers()));
        Stream<Method> getters = StreamSupport.stream(ReflectionUtils.methodsOf(command).spliterator(), false)
                .filter(method -> !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0);
        return Stream.<AccessibleObject>concat(fields, getters)
                .filter(member -> AnnotationUtils.isAnnotationPresent(member, annotation));
    }

    private static Object valueOf(AccessibleObject member, Object payload) {
        try {
            return member instanceof Field field ? field.get(payload) : ((Method) member).invoke(payload);
        } catch (ReflectiveOperationException unreadable) {
            return null;
        }
    }
}
