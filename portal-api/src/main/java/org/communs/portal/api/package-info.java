/**
 * The plugin contract of the portal: what a plugin compiles against and what the portal promises
 * to it. This module holds only interfaces, records, enums and annotations; implementations live
 * in the portal's web module or in plugins. Its version is {@link org.communs.portal.api.ApiVersion#CURRENT}.
 */
package org.communs.portal.api;
