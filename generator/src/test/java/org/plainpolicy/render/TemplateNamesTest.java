package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"layout.vm", "sections/party.vm", "notice.txt.vm", "a/b-c/d_e.vm"})
    void aTemplateOfTheThemeOrOfTemplatesIsNamed(String name) {
        assertTrue(TemplateNames.isTemplate(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../versions/2019-03-01.en.yaml", "../../../../proc/self/environ", "/etc/passwd.vm",
        "sections/../layout.vm", "sections//party.vm", "sections\\party.vm", ".hidden.vm", "sections/.vm",
        "style.css", "messages_en.properties", "org/plainpolicy/../../META-INF/x.vm", "C:/x.vm", "file:x.vm",
        "layout.vm/", "", "layout.vm\u0000"})
    void anythingElseIsRefused(String name) {
        assertFalse(TemplateNames.isTemplate(name), name);
    }
}
