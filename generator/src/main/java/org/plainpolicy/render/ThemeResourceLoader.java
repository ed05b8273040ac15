package org.plainpolicy.render;

import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Finds the default theme's templates on the classpath, by the same names an override uses, and
 * only there: a name that is not a template's ({@link TemplateNames}) is not looked up at all, so
 * that nothing of the classpath outside the theme's package can be reached.
 */
public final class ThemeResourceLoader extends ClasspathResourceLoader {

    static final String BASE = "org/plainpolicy/theme/";

    @Override
    public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
        if (!TemplateNames.isTemplate(name)) {
            throw new ResourceNotFoundException("not a template name: " + name);
        }
        return super.getResourceReader(BASE + name, encoding);
    }
}
