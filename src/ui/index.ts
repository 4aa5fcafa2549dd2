export { BulletList } from './BulletList';
export { Button } from './Button';
export type { ButtonProps } from './Button';
export { Notice } from './Notice';
export { ScreenHeading, screenHeadingId } from './ScreenHeading';
export { SourceList } from './SourceList';
export { privateInputProps, SelectField, TextAreaField, TextField } from './Field';
export { IdScope, useIsScopedCopy, useScopedId } from './IdScope';
export { ProgressStatus } from './ProgressStatus';
