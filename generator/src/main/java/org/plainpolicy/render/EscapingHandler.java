package org.plainpolicy.render;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template prints, set once for the whole engine so that no template can
 * forget: only {@link Html}, which is safe by construction, goes out as it is.
 */
public final class EscapingHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Html) {
            return value;
        }
        return HtmlEscaper.escape(value.toString());
    }
}
