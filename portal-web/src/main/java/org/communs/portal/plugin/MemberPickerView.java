package org.communs.portal.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.plugin.AccessDeniedException;

/**
 * What the member picker component ({@code <portal:memberPicker value="#{model.assignee}"/>}, in
 * {@code resources/portal/memberPicker.xhtml}) asks: suggestions while typing, found by the
 * directory's search as the reader may see them (photos included), and the conversion between a
 * picked {@link MemberCard} and the id the page sends back.
 */
@Named("memberPicker")
@RequestScoped
public class MemberPickerView {

    static final int SUGGESTIONS = 10;

    @Inject
    PluginPeople people;

    /** @return the members whose name matches what was typed; none for a reader who may not search */
    public List<MemberCard> complete(String typed) {
        try {
            return people.find(typed, SUGGESTIONS).stream().filter(MemberCard::active).toList();
        } catch (AccessDeniedException notAllowed) {
            return List.of();
        }
    }

    /** A picked member travels as their id; an id that names no one is a conversion error. */
    public Converter<MemberCard> getConverter() {
        return new Converter<>() {
            @Override
            public MemberCard getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return people.member(Long.parseLong(value.strip())).orElseThrow(() -> new ConverterException(value));
                } catch (NumberFormatException notAnId) {
                    throw new ConverterException(value);
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, MemberCard member) {
                return member == null ? "" : String.valueOf(member.id());
            }
        };
    }
}
