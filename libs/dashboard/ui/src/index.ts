import './lib/styles/tokens.css';
import './lib/styles/base.css';

export * from './lib/badge/Badge';
export * from './lib/button/Button';
export * from './lib/card/Card';
export * from './lib/class-names';
export * from './lib/feedback/EmptyState';
export * from './lib/feedback/ErrorBanner';
export * from './lib/feedback/InlineNotice';
export * from './lib/feedback/Spinner';
export * from './lib/field/SelectField';
export * from './lib/field/TextField';
export * from './lib/icon/Icon';
export * from './lib/layout/DescriptionList';
export * from './lib/layout/FormActions';
export * from './lib/layout/VisuallyHidden';
export * from './lib/page-header/PageHeader';
export * from './lib/table/Table';
