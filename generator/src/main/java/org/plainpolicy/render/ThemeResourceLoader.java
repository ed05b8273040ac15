package org.plainpolicy.render;

import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/** Finds the default theme's templates on the classpath, by the same names an override uses. */
public final class ThemeResourceLoader extends ClasspathResourceLoader {

    static final String BASE = "org/plainpolicy/theme/";

    @Override
    public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
        return super.getResourceReader(BASE + name, encoding);
    }
}
