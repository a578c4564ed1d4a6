import { useMutation } from '@tanstack/react-query';
import { lookUpLogin } from '../api/look-up-login';

export const useLookUpLogin = () => useMutation({ mutationFn: lookUpLogin });
