/**
 * Link previews: the card a chat or a course platform shows for a surface-page link. The text
 * ({@link org.optimizerplayground.web.preview.PreviewText}), the picture drawn with Java2D
 * ({@link org.optimizerplayground.web.preview.PreviewPicture}), both cached per canonical link
 * ({@link org.optimizerplayground.web.preview.LinkPreviews}), and the {@code og:} and
 * {@code twitter:} tags put into the page's first HTML
 * ({@link org.optimizerplayground.web.preview.PreviewTags}).
 */
package org.optimizerplayground.web.preview;
