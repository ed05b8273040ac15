package org.plainpolicy.render;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;

/**
 * Asked before every {@code #parse} and {@code #include}: refuses a name that is not a template's
 * ({@link TemplateNames}) or that neither {@code templates/} nor the theme has, with the place of
 * the directive, and notes the templates a page was made with, for the safety check to name.
 * The resource loaders refuse such names too; this says why, where.
 */
public final class IncludeGuard implements IncludeEventHandler, RuntimeServicesAware {

    /** The context key of the templates a rendering used; not a name a template can write. */
    static final String USED = "@templates";

    private RuntimeServices runtime;
    /** Whether a name has a template: asked once a name, as the templates do not change during a build. */
    private final Map<String, Boolean> exists = new ConcurrentHashMap<>();

    @Override
    public void setRuntimeServices(RuntimeServices runtime) {
        this.runtime = runtime;
    }

    @Override
    public String includeEvent(Context context, String name, String current, String directive) {
        if (!TemplateNames.isTemplate(name)) {
            throw new VelocityException(TemplateNames.refusal(directive, name), null,
                    runtime.getLogContext().getStackTrace());
        }
        if (!exists.computeIfAbsent(name, n -> runtime.getLoaderNameForResource(n) != null)) {
            throw new VelocityException("#" + directive + "(\"" + name + "\") names a template that neither "
                    + "templates/ nor the theme has; check the name", null, runtime.getLogContext().getStackTrace());
        }
        if (context.get(USED) instanceof Collection<?> used) {
            @SuppressWarnings("unchecked")
            Collection<String> names = (Collection<String>) used;
            names.add(name);
        }
        return name;
    }
}
