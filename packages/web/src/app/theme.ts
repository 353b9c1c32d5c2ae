import { createTheme, type InputWrapperProps } from '@mantine/core';

// Hints go under the input so that inputs side by side line up whether or not they have one.
const inputWrapperOrder: InputWrapperProps['inputWrapperOrder'] = ['label', 'input', 'description', 'error'];

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  headings: { fontWeight: '650' },
  components: {
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } },
    TextInput: { defaultProps: { inputWrapperOrder } },
    Select: { defaultProps: { inputWrapperOrder } },
    PasswordInput: { defaultProps: { inputWrapperOrder } },
  },
});
