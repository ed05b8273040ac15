package org.plainpolicy.render;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;
import org.plainpolicy.load.ProjectFiles;

/**
 * Finds a project's own templates in its {@code templates/} folder, read only under the rule of
 * {@link ProjectFiles}: a template name, a file inside the project, a regular file, at most
 * {@link ProjectFiles#MAX_TEMPLATE_BYTES}, UTF-8 text. A name the project has no file for is left
 * to the theme; a file the rule refuses stops the rendering, so that a refused override is never
 * replaced by the theme's file without a word.
 */
final class ProjectTemplateLoader extends ResourceLoader {

    private final ProjectFiles files;
    private final Path templates;

    ProjectTemplateLoader(ProjectFiles files, Path templates) {
        this.files = files;
        this.templates = templates;
    }

    @Override
    public void init(ExtProperties configuration) {
        // Everything it needs is given to the constructor.
    }

    @Override
    public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
        if (!TemplateNames.isTemplate(name)) {
            throw new ResourceNotFoundException("not a template name: " + name);
        }
        Path file = templates.resolve(name);
        if (!ProjectFiles.present(file)) {
            throw new ResourceNotFoundException("not in templates/: " + name);
        }
        List<String> problems = new ArrayList<>();
        String text = files.read(file, ProjectFiles.MAX_TEMPLATE_BYTES, problems)
                .flatMap(bytes -> ThemeText.utf8(bytes, file, problems))
                .orElseThrow(() -> new VelocityException(problems.get(0)));
        return new StringReader(text);
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
