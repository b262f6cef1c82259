package org.communs.portal.member;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Role checkboxes bound to a {@code List<GlobalRole>}: Faces cannot see the element type there. */
@FacesConverter("globalRole")
public class GlobalRoleConverter implements Converter<GlobalRole> {

    @Override
    public GlobalRole getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return GlobalRole.fromRoleName(value).orElseThrow(() -> new ConverterException("Unknown role " + value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, GlobalRole role) {
        return role == null ? "" : role.roleName();
    }
}
